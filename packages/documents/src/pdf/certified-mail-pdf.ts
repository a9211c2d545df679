// 内容証明 on paper: each character in its own cell of the 横書き 26字×20行 grid, the grid drawn
// faintly, room left under the text on every sheet for the post office's certificate stamp
// (about 5 cm; docs/documents.md "内容証明 rules"). The text was counted and laid out by
// certified-mail-grid.ts; here it is only placed.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { certifiedMailGrid, layoutCertifiedMail } from '../certified-mail/certified-mail-grid.js';
import { certifiedMailParagraphs } from '../certified-mail/certified-mail-model.js';
import type { DocumentModel } from '../document-model.js';

const mm = (value: number) => (value * 72) / 25.4;
const left = mm(30);
const top = mm(30);
const cell = (595.28 - mm(30) - mm(20)) / certifiedMailGrid.columns;
const rowPitch = mm(9.5);
const fontSize = 12;

/** Centres a character in its cell: half-width characters are half as wide. */
function glyphWidth(char: string): number {
  return /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? fontSize / 2 : fontSize;
}

/** Sheets the layout allows: as many as the text needs (the document refused more when it was built). */
const ANY_SHEETS = Number.MAX_SAFE_INTEGER;

function gridLines(): Content {
  const { columns, rows } = certifiedMailGrid;
  const width = cell * columns;
  const height = rowPitch * rows;
  const lines = [
    ...Array.from({ length: rows + 1 }, (_, r) => ({
      type: 'line' as const,
      x1: 0,
      y1: r * rowPitch,
      x2: width,
      y2: r * rowPitch,
      lineWidth: 0.3,
      lineColor: '#bbbbbb',
    })),
    ...Array.from({ length: columns + 1 }, (_, c) => ({
      type: 'line' as const,
      x1: c * cell,
      y1: 0,
      x2: c * cell,
      y2: height,
      lineWidth: 0.3,
      lineColor: '#dddddd',
    })),
  ];
  return { canvas: lines, absolutePosition: { x: left, y: top } };
}

export function certifiedMailDefinition(model: DocumentModel): TDocumentDefinitions {
  const layout = layoutCertifiedMail(certifiedMailParagraphs(model), ANY_SHEETS);
  const content: Content[] = layout.sheets.map((sheet, index) => ({
    stack: [
      gridLines(),
      ...sheet.flatMap((line, row) =>
        line.cells.map(
          (char, column): Content => ({
            text: char,
            fontSize,
            absolutePosition: {
              x: left + column * cell + (cell - glyphWidth(char)) / 2,
              y: top + row * rowPitch + (rowPitch - fontSize * 1.3) / 2,
            },
          }),
        ),
      ),
      { text: '' },
    ],
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const sheets = content.length;
  const notes = model.senderNotes;
  if (notes)
    content.push({
      stack: [
        { text: notes.title, fontSize: 13, bold: true, margin: [0, 0, 0, 10] },
        { ul: notes.lines.map((line) => ({ text: line, fontSize: 10.5, lineHeight: 1.4, margin: [0, 0, 0, 6] })) },
      ],
      pageBreak: 'before',
    });
  return {
    info: { title: model.title, creator: 'Wakai' },
    pageSize: 'A4',
    pageMargins: [left, top, mm(20), mm(27)],
    defaultStyle: { font: 'Mincho', fontSize },
    // The sheets are numbered among themselves: the sender's page after them is not sent.
    footer: (page) => ({ text: page <= sheets ? `${page} / ${sheets}` : '', alignment: 'center', fontSize: 8, margin: [0, 8, 0, 0] }),
    content,
  };
}
