// A document model as 内容証明 text: one paragraph per line of prose, no tables (内容証明 cannot
// carry them), fields written as "label value".
import type { DocumentModel } from '../document-model.js';
import type { CertifiedMailParagraph } from './certified-mail-grid.js';

export class CertifiedMailTableError extends Error {
  constructor() {
    super('内容証明には表を載せられません');
    this.name = 'CertifiedMailTableError';
  }
}

export function certifiedMailParagraphs(model: DocumentModel): CertifiedMailParagraph[] {
  const out: CertifiedMailParagraph[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      switch (block.type) {
        case 'title':
          out.push({ text: block.text, align: 'center' });
          break;
        case 'heading':
          out.push({ text: block.text });
          break;
        case 'paragraph':
          out.push({ text: `${block.indent ? '\u3000' : ''}${block.text}`, align: block.align === 'right' ? 'right' : block.align });
          break;
        case 'lines':
          for (const line of block.lines) out.push({ text: line, align: block.align ?? 'left' });
          break;
        case 'fields':
          for (const [label, value] of block.rows) out.push({ text: `${label}\u3000${value}` });
          break;
        case 'items':
          for (const item of block.items) out.push({ text: `${item.marker}\u3000${item.text}` });
          break;
        case 'space':
          out.push({ text: '' });
          break;
        case 'table':
          throw new CertifiedMailTableError();
      }
    }
  }
  return out;
}
