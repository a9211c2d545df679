// The document model as a Word file, for what offices edit (letters, agreements): A4, the East Asian
// font named on every run (ＭＳ 明朝 for prose, ＭＳ ゴシック for tables; Word substitutes 游明朝 where
// absent), table header rows repeated on every page, page numbers at the foot.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IRunOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText, isRightAligned } from '../cell-text.js';
import { certifiedMailParagraphs } from '../certified-mail/certified-mail-model.js';
import type { Block, DocumentModel, Section, TableBlock } from '../document-model.js';

/** A4 in twentieths of a point (w:pgSz 11906 × 16838). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
const mmTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const docxFonts = { mincho: 'ＭＳ 明朝', gothic: 'ＭＳ ゴシック', latin: 'Century' } as const;

type Face = 'mincho' | 'gothic';

function run(text: string, face: Face, options: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  const eastAsia = docxFonts[face];
  return new TextRun({
    ...options,
    text,
    font: { ascii: face === 'gothic' ? eastAsia : docxFonts.latin, hAnsi: docxFonts.latin, eastAsia },
  });
}

const alignments = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function paragraph(
  text: string,
  face: Face,
  options: { align?: 'left' | 'right' | 'center'; bold?: boolean; size?: number; after?: number } = {},
) {
  return new Paragraph({
    alignment: alignments[options.align ?? 'left'],
    spacing: { after: options.after ?? 80 },
    children: [run(text, face, { bold: options.bold ?? false, ...(options.size ? { size: options.size } : {}) })],
  });
}

function cell(text: string, options: { bold?: boolean; right?: boolean; shade?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [paragraph(text, 'gothic', { align: options.right ? 'right' : 'left', bold: options.bold ?? false, size: 18, after: 0 })],
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(block: TableBlock): (Paragraph | Table)[] {
  const total = block.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const width = (i: number) => Math.round(((block.columns[i]?.width ?? 1) * 100) / total);
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((c, i) => cell(c.header, { bold: true, shade: true, width: width(i) })),
  });
  const rows = [...block.rows.map((r) => ({ r, bold: false })), ...(block.totals ?? []).map((r) => ({ r, bold: true }))].map(
    ({ r, bold }) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) =>
          cell(cellText(r[i] ?? null, c.kind), { bold, right: isRightAligned(c.kind), width: width(i) }),
        ),
      }),
  );
  const out: (Paragraph | Table)[] = [];
  if (block.caption) out.push(paragraph(block.caption, 'gothic', { bold: true }));
  out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }), paragraph('', 'mincho'));
  return out;
}

function fields(rows: readonly (readonly [string, string])[], face: Face): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 28, type: WidthType.PERCENTAGE },
              children: [paragraph(label, face, { bold: true, after: 0 })],
            }),
            new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, children: [paragraph(value, face, { after: 0 })] }),
          ],
        }),
    ),
  });
}

function blockChildren(block: Block, face: Face): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [paragraph(block.text, face, { align: 'center', bold: true, size: 32, after: 240 })];
    case 'heading':
      return [paragraph(block.text, face, { bold: true, after: 60 })];
    case 'paragraph':
      return [paragraph(`${block.indent ? '\u3000' : ''}${block.text}`, face, { align: block.align ?? 'left', bold: block.bold ?? false })];
    case 'lines':
      return [...block.lines.map((line) => paragraph(line, face, { align: block.align ?? 'left', after: 0 })), paragraph('', face)];
    case 'fields':
      return [fields(block.rows, face), paragraph('', face)];
    case 'items':
      return block.items.flatMap((item) =>
        item.marker.length > 3
          ? [paragraph(item.marker, face, { bold: true, after: 0 }), paragraph(`\u3000${item.text}`, face)]
          : [paragraph(`${item.marker}\u3000${item.text}`, face)],
      );
    case 'table':
      return table(block);
    case 'space':
      return [paragraph('', face)];
  }
}

function section(part: Section, face: Face) {
  return {
    properties: {
      page: {
        size: { ...A4_TWIPS, orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: part.landscape
          ? { top: mmTwips(18), left: mmTwips(15), right: mmTwips(15), bottom: mmTwips(15) }
          : { top: mmTwips(30), left: mmTwips(30), right: mmTwips(20), bottom: mmTwips(27) },
      },
    },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('', 'gothic', { children: [PageNumber.CURRENT] })] })],
      }),
    },
    children: part.blocks.flatMap((block) => blockChildren(block, face)),
  };
}

/** 内容証明 for e内容証明 (Word only, A4; the paper grid does not apply there): the counted text, line by paragraph. */
function certifiedMailSection(model: DocumentModel) {
  const paragraphs = certifiedMailParagraphs(model).map((p) =>
    paragraph(p.text, 'mincho', { align: p.align ?? 'left', size: 24, after: 0 }),
  );
  return { ...section({ name: model.title, blocks: [] }, 'mincho'), children: paragraphs };
}

/** The sender's page of a 内容証明 (how to send it), a section of its own after the text. */
function senderNotesSection(notes: NonNullable<DocumentModel['senderNotes']>) {
  return section(
    {
      name: notes.title,
      blocks: [
        { type: 'heading', text: notes.title },
        { type: 'items', items: notes.lines.map((text) => ({ marker: '・', text })) },
      ],
    },
    'mincho',
  );
}

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const face: Face = model.style === 'sheet' ? 'gothic' : 'mincho';
  const document = new Document({
    creator: 'Wakai',
    title: model.title,
    styles: {
      default: { document: { run: { font: { ascii: docxFonts.latin, hAnsi: docxFonts.latin, eastAsia: docxFonts[face] }, size: 21 } } },
    },
    sections:
      model.style === 'certified-mail'
        ? [certifiedMailSection(model), ...(model.senderNotes ? [senderNotesSection(model.senderNotes)] : [])]
        : model.sections.map((part) => section(part, face)),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
