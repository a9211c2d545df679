// What the issue-17 document tests share: a document's text as pdftotext reads it, a refusal's
// reason, the demo case with changes, an offer accepted from a creditor.
import { type CaseContent, caseContentSchema } from '@wakai/core';
import { expect } from 'vitest';
import { buildDocument } from './build-document.js';
import { checkPdf } from './document-checks.fixture.js';
import { DocumentUnavailableError } from './document-errors.js';
import type { DocumentInput } from './document-input.js';
import type { DocumentKind } from './document-kinds.js';
import { demoInput, office } from './documents.fixture.js';
import { renderDocument } from './render-document.js';

/** The text as pdftotext lays it out (table cells stay on their rows), and with no spaces at all. */
export const layoutText = async (kind: DocumentKind, input: DocumentInput) =>
  checkPdf((await renderDocument(kind, input, 'pdf')).bytes, { landscape: buildDocument(kind, input).sections[0]?.landscape ?? false })
    .text;
export const flatText = async (kind: DocumentKind, input: DocumentInput) => (await layoutText(kind, input)).replace(/\s+/g, '');

export const refusal = (kind: DocumentKind, input: DocumentInput): string => {
  try {
    buildDocument(kind, input);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentUnavailableError);
    return (error as Error).message;
  }
  throw new Error(`${kind} was produced`);
};
export const withCase = (
  content: CaseContent,
  options: DocumentInput['options'] = {},
  letterhead: DocumentInput['letterhead'] = office,
) => ({
  ...demoInput(options),
  case: caseContentSchema.parse(content),
  letterhead,
});

export const accepted = {
  from: 'creditor' as const,
  madeOn: '2026-11-01',
  amount: 450_000,
  installments: 60,
  monthly: 7_500,
  firstPaymentDate: '2027-01-27',
  status: 'accepted' as const,
};
