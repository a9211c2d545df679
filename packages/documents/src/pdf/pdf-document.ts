// The document model as a PDF (pdfmake 0.3 on pdfkit; in Node, or in the static build's worker): A4, 明朝 prose for letters,
// ゴシック tables whose header row repeats on every page, page numbers at the foot (docs/documents.md
// "Common layout"). 内容証明 goes to its own grid layout (certified-mail-pdf.ts).
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { cellText, isRightAligned } from '../cell-text.js';
import type { Block, DocumentModel, Section, TableBlock } from '../document-model.js';
import { certifiedMailDefinition } from './certified-mail-pdf.js';
import type { PdfFont } from './pdf-fonts.js';
import { pdfmakeWithFonts } from './pdfmake-engine.js';

const mm = (value: number) => (value * 72) / 25.4;
const A4 = { width: 595.28, height: 841.89 };
/** [left, top, right, bottom]: the court-paper margins (top 35, left 30 for binding, bottom 27, right 20 mm). */
const portraitMargins: [number, number, number, number] = [mm(30), mm(30), mm(20), mm(27)];
/** Wide tables (the 計算書) on landscape pages with narrower margins. */
const landscapeMargins: [number, number, number, number] = [mm(15), mm(18), mm(15), mm(15)];

interface Layout {
  prose: PdfFont;
  proseSize: number;
  tableSize: number;
  width: number;
}

/**
 * Proportional widths in points, less the cell padding pdfmake adds (about 8 pt a column); a
 * column with `minChars` is widened to hold them, the width taken from the widest column (free
 * text, which wraps anyway) so that no other short column starts to break.
 */
function columnWidths(block: TableBlock, layout: Layout): number[] {
  const room = layout.width - block.columns.length * 8.5;
  const total = block.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = block.columns.map((c) => Math.max(12, (room * (c.width ?? 1)) / total));
  // A full-width glyph is one em; a point more keeps rounding from breaking the last one.
  const floors = block.columns.map((c) => (c.minChars ? c.minChars * layout.tableSize + 1 : 0));
  const short = widths.reduce((sum, w, i) => sum + Math.max(0, (floors[i] ?? 0) - w), 0);
  const widest = widths.indexOf(Math.max(...widths.filter((_, i) => !floors[i])));
  if (short === 0 || widest < 0) return widths;
  return widths.map((w, i) => (i === widest ? w - short : Math.max(w, floors[i] ?? 0)));
}

function tableContent(block: TableBlock, layout: Layout): Content {
  const widths = columnWidths(block, layout);
  const header: TableCell[] = block.columns.map((c) => ({ text: c.header, bold: true, fillColor: '#eeeeee', alignment: 'center' }));
  const body = block.rows.map((row) =>
    block.columns.map((c, i): TableCell => {
      const text = cellText(row[i] ?? null, c.kind);
      return isRightAligned(c.kind) ? { text, alignment: 'right' } : text;
    }),
  );
  const totals = (block.totals ?? []).map((row) =>
    block.columns.map(
      (c, i): TableCell => ({ text: cellText(row[i] ?? null, c.kind), bold: true, alignment: isRightAligned(c.kind) ? 'right' : 'left' }),
    ),
  );
  const table: ContentTable = {
    table: { headerRows: 1, widths, body: [header, ...body, ...totals] },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
    font: 'Gothic',
    fontSize: layout.tableSize,
    margin: [0, 2, 0, 6],
  };
  return block.caption ? { stack: [{ text: block.caption, bold: true, margin: [0, 4, 0, 2] }, table] } : table;
}

function blockContent(block: Block, layout: Layout): Content {
  switch (block.type) {
    case 'title':
      return { text: block.text, fontSize: layout.proseSize + 5, bold: true, alignment: 'center', margin: [0, 8, 0, 12] };
    case 'heading':
      return { text: block.text, bold: true, margin: [0, 8, 0, 3] };
    case 'paragraph':
      return {
        text: `${block.indent ? '\u3000' : ''}${block.text}`,
        alignment: block.align ?? 'left',
        bold: block.bold ?? false,
        margin: [0, 2, 0, 4],
      };
    case 'lines':
      return {
        stack: block.lines.map((line) => line || ' '),
        alignment: block.align ?? 'left',
        bold: block.bold ?? false,
        margin: [0, 2, 0, 8],
      };
    case 'fields':
      return {
        table: { widths: ['auto', '*'], body: block.rows.map(([label, value]) => [{ text: label, bold: true }, value]) },
        layout: 'noBorders',
        margin: [0, 2, 0, 6],
      };
    case 'items':
      return {
        stack: block.items.map(
          (item): Content =>
            item.marker.length > 3
              ? { stack: [{ text: item.marker, bold: true }, { text: `\u3000${item.text}` }], margin: [0, 2, 0, 4] }
              : {
                  columns: [
                    { text: item.marker, width: 18 },
                    { text: item.text, width: '*' },
                  ],
                  margin: [0, 2, 0, 4],
                },
        ),
      };
    case 'table':
      return tableContent(block, layout);
    case 'space':
      return { text: ' ', margin: [0, 6, 0, 6] };
  }
}

type PageHead = (page: number, count: number, size: { width: number }) => Content | null;

const pageNumber = (text: string): Content => ({ text, alignment: 'center', fontSize: 8, font: 'Gothic', margin: [0, 8, 0, 0] });

/**
 * Each letter of a bundle goes to its own creditor, so its pages count from 1 by themselves.
 * pdfmake lays out every page's header before any footer, so a letter's header notes the pages
 * the letter landed on and its footer counts within them.
 */
function letterPageNumbers(sections: number, head: PageHead | undefined) {
  const pages: number[][] = Array.from({ length: sections }, () => []);
  return (index: number): { header: PageHead; footer: PageHead } => ({
    header: (page, count, size) => {
      pages[index]?.push(page);
      return head ? head(page, count, size) : null;
    },
    footer: (page, count) => {
      const own = pages[index] ?? [];
      const first = own[0];
      return pageNumber(first === undefined ? `${page} / ${count}` : `${page - first + 1} / ${own.length}`);
    },
  });
}

function sectionContent(section: Section, layout: Layout, pageHeads?: { header: PageHead; footer: PageHead }): Content {
  const margins = section.landscape ? landscapeMargins : portraitMargins;
  const pageWidth = section.landscape ? A4.height : A4.width;
  const inner = { ...layout, width: pageWidth - margins[0] - margins[2] };
  return {
    section: section.blocks.map((block) => blockContent(block, inner)),
    pageOrientation: section.landscape ? 'landscape' : 'portrait',
    pageMargins: margins,
    ...pageHeads,
  };
}

export function pdfDefinition(model: DocumentModel): TDocumentDefinitions {
  if (model.style === 'certified-mail') return certifiedMailDefinition(model);
  const letter = model.style === 'letter';
  const layout: Layout = { prose: letter ? 'Mincho' : 'Gothic', proseSize: letter ? 10.5 : 9, tableSize: letter ? 9 : 8, width: 0 };
  const runningHead: PageHead | undefined = model.runningHead
    ? (_page, _count, size) => ({
        text: model.runningHead ?? '',
        fontSize: 7,
        font: 'Gothic',
        margin: [mm(15), mm(8), mm(15), 0],
        alignment: 'left',
        width: size.width,
      })
    : undefined;
  const letterPages = letter ? letterPageNumbers(model.sections.length, runningHead) : undefined;
  return {
    info: { title: model.title, creator: 'Wakai' },
    pageSize: 'A4',
    pageMargins: portraitMargins,
    defaultStyle: { font: layout.prose, fontSize: layout.proseSize, lineHeight: 1.25 },
    ...(runningHead ? { header: runningHead } : {}),
    footer: (page, count) => pageNumber(`${page} / ${count}`),
    content: model.sections.map((section, index) => sectionContent(section, layout, letterPages?.(index))),
  };
}

/** The PDF's bytes. */
export async function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const buffer = await (await pdfmakeWithFonts()).createPdf(pdfDefinition(model)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
