// One entry for the API, the web's downloads and the CLI: a kind, the case's data and a format →
// the file's bytes, content type and name. Renderers load only when asked for (pdfmake, docx and
// exceljs are heavy; `wakai recalc` must start fast and never reaches this module).
import { buildDocument } from './build-document.js';
import type { DocumentInput } from './document-input.js';
import { contentTypes, type DocumentFormat, type DocumentKind, documentCatalog } from './document-kinds.js';
import type { DocumentModel } from './document-model.js';

export interface RenderedDocument {
  bytes: Uint8Array;
  contentType: string;
  /** With its extension; Japanese (the API sends it as an RFC 5987 filename*). */
  fileName: string;
}

export class UnsupportedFormatError extends Error {
  constructor(
    readonly kind: DocumentKind,
    readonly format: string,
  ) {
    const info = documentCatalog[kind];
    super(`${info.label}は ${format} では作成できません(${info.formats.join(' / ')})`);
    this.name = 'UnsupportedFormatError';
  }
}

/** Lays a built model out in a format (the server's does it in a worker thread). */
export type ModelRenderer = (model: DocumentModel, format: DocumentFormat) => Promise<Uint8Array>;

/** The bytes of a built model in `format`. */
export async function renderModel(model: DocumentModel, format: DocumentFormat): Promise<Uint8Array> {
  if (format === 'pdf') return (await import('./pdf/pdf-document.js')).renderPdf(model);
  if (format === 'docx') return (await import('./docx/docx-document.js')).renderDocx(model);
  return (await import('./xlsx/xlsx-workbook.js')).renderXlsx(model);
}

/**
 * Builds and renders a document; `format` defaults to the kind's first. Throws what buildDocument
 * throws (missing data named field by field, nothing to say, 内容証明 too long) and
 * UnsupportedFormatError. The model is built here, so those refusals never depend on `render`.
 */
export async function renderDocument(
  kind: DocumentKind,
  input: DocumentInput,
  format?: DocumentFormat,
  render: ModelRenderer = renderModel,
): Promise<RenderedDocument> {
  const info = documentCatalog[kind];
  const chosen = format ?? (info.formats[0] as DocumentFormat);
  if (!info.formats.includes(chosen)) throw new UnsupportedFormatError(kind, chosen);
  const model = buildDocument(kind, input);
  return {
    bytes: await render(model, chosen),
    contentType: contentTypes[chosen],
    fileName: `${safeFileName(model.fileName)}.${chosen}`,
  };
}

const reserved = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

/** No path separators, reserved or control characters in a file name; Japanese stays. */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (char) => (char.charCodeAt(0) < 0x20 || reserved.has(char) ? '_' : char)).join('');
  return cleaned.replace(/\s+/g, '_').slice(0, 120);
}

/** Streams a sheet's workbook to `output` (a file, an HTTP response): for 計算書 of 200,000 rows. */
export async function streamXlsx(model: DocumentModel, output: import('node:stream').Writable): Promise<void> {
  return (await import('./xlsx/xlsx-workbook.js')).writeXlsx(model, output);
}
