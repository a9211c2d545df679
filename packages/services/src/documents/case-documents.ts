// The documents of a case: which can be made (with the creditors and contracts to choose from), and
// one made in a format from everything stored — the case file, the owner's letterhead (or the debtor
// writing for themselves), today. A document that lacks a fact is refused with every missing field
// named, never produced half-filled.
import type { CaseContent } from '@wakai/core';
import { getCreditorNotes, listCreditorsWithContracts, type User } from '@wakai/db';
import {
  CertifiedMailTooLongError,
  type DebtorParticulars,
  type DocumentConfirmation,
  type DocumentFormat,
  DocumentUnavailableError,
  documentCatalog,
  documentKinds,
  isDocumentKind,
  type Letterhead,
  MissingDataError,
} from '@wakai/documents/models';
import { z } from 'zod';
import { caseOf } from '../access.js';
import { AppError, type AppErrorCode, checked } from '../app-error.js';
import { readCaseContent } from '../case-files/case-file-store.js';
import type { ServiceContext } from '../context.js';
import { letterheadOf } from './letterhead.js';

export type Sender = 'office' | 'debtor';

/** What the documents page offers for a case. */
export async function caseDocumentChoices(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId);
  const creditors = await listCreditorsWithContracts(ctx.db, stored.id);
  const { letterhead } = await letterheadOf(ctx, { user, ownerId: stored.ownerId });
  return {
    kinds: documentKinds.map((kind) => documentCatalog[kind]),
    creditors: creditors.map((c) => ({ id: c.id, name: c.name, contracts: c.contracts.map((k) => ({ id: k.id, label: k.label })) })),
    /** Letters are signed by the office when it has a letterhead, else by the debtor. */
    sender: (letterhead ? 'office' : 'debtor') as Sender,
    letterhead,
  };
}

/** A refusal that the user's confirmation lifts, by its own code: pages and scripts match it, not the wording. */
const confirmationCodes = {
  confirmTimeBarred: 'timeBarredUnconfirmed',
  confirmLimitationFacts: 'limitationFactsUnconfirmed',
} as const satisfies Record<DocumentConfirmation, AppErrorCode>;

/** A yes/no from a query string ('true', '1') or the CLI (a boolean). */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])], { error: 'true か false で指定してください' })
  .transform((value) => value === true || value === 'true' || value === '1')
  .optional();

const requestSchema = z.object({
  format: z.enum(['pdf', 'docx', 'xlsx'], { error: '形式は pdf・docx・xlsx のどれかです' }).optional(),
  /** A creditor's id, or 'all' for every creditor in one file where the kind allows it. */
  creditor: z.string().optional(),
  contract: z.string().optional(),
  sender: z.enum(['office', 'debtor'], { error: '差出人は office か debtor です' }).optional(),
  procedure: z.enum(['voluntary', 'bankruptcy', 'rehabilitation'], { error: '手続を選んでください' }).optional(),
  asOf: z.iso.date({ error: '基準日は YYYY-MM-DD で指定してください' }).optional(),
  replyBy: z.iso.date({ error: '回答期限は YYYY-MM-DD で指定してください' }).optional(),
  payBy: z.iso.date({ error: '支払期限は YYYY-MM-DD で指定してください' }).optional(),
  payeeAccount: z.string().max(200).optional(),
  paymentDay: z.coerce.number().int().min(1).max(31).optional(),
  transferFeePayer: z.enum(['debtor', 'creditor']).optional(),
  /** 和解提案書・和解契約書(案) for a debt whose limitation may have run: the user knows it bars 援用 (民法152条1項). */
  confirmTimeBarred: flag,
  /** 時効援用通知 where a fact to count the limitation is missing: the user confirmed it. */
  confirmLimitationFacts: flag,
});

/** The debtor's particulars a creditor needs, from the case: address, phone, former names, account numbers. */
function particularsOf(content: CaseContent): DebtorParticulars {
  const numbers = content.creditors.map((c) =>
    c.contracts
      .map((k) => k.contractNumber)
      .filter(Boolean)
      .join('、'),
  );
  return {
    postcode: content.debtor.postcode ?? '',
    address: content.debtor.address ?? '',
    tel: content.debtor.phone ?? '',
    formerNames: content.debtor.formerNames ?? [],
    formerAddresses: content.debtor.formerAddresses ?? [],
    memberNumbers: Object.fromEntries(numbers.flatMap((number, index) => (number ? [[index, number]] : []))),
  };
}

/** `creditors[1].contact.address` → ['creditors', 1, 'contact', 'address'], as every other field problem. */
const pathOf = (text: string) =>
  text
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** One document of the case, rendered: its bytes, content type and file name (Japanese kept). */
export async function caseDocument(
  ctx: ServiceContext,
  { user, caseId, kind, request }: { user: User; caseId: string; kind: string; request: unknown },
) {
  const stored = await caseOf(ctx.db, user, caseId);
  if (!isDocumentKind(kind)) throw new AppError('notFound', `その書類はありません: ${kind}`);
  const asked = checked(requestSchema, request);
  const content = (await readCaseContent(ctx.db, stored.id)) as CaseContent;
  const creditors = await listCreditorsWithContracts(ctx.db, stored.id);
  const info = documentCatalog[kind];
  const creditorIndex =
    asked.creditor === undefined || asked.creditor === 'all' ? undefined : creditors.findIndex((c) => c.id === asked.creditor);
  if (creditorIndex === -1) throw new AppError('validation', '債権者を選び直してください(この案件の債権者ではありません)');
  if (creditorIndex === undefined && info.creditors === 'one')
    throw new AppError('validation', `${info.label}は債権者を1社選んで作成します`);
  const contractIndex =
    asked.contract === undefined || creditorIndex === undefined
      ? undefined
      : creditors[creditorIndex]?.contracts.findIndex((k) => k.id === asked.contract);
  if (contractIndex === -1) throw new AppError('validation', '契約を選び直してください(この債権者の契約ではありません)');
  const { letterhead: office } = await letterheadOf(ctx, { user, ownerId: stored.ownerId });
  const particulars = particularsOf(content);
  const sender = asked.sender ?? (office ? 'office' : 'debtor');
  const letterhead: Letterhead | null =
    sender === 'office'
      ? office && { kind: 'office', ...office }
      : { kind: 'debtor', postcode: particulars.postcode, address: particulars.address, tel: particulars.tel, fax: '' };
  const { format, creditor: _c, contract: _k, sender: _s, ...options } = asked;
  const { renderDocument, UnsupportedFormatError } = await import('@wakai/documents/render');
  const { renderModelOffThread } = await import('./document-render-thread.js');
  try {
    return await renderDocument(
      kind,
      {
        case: content,
        letterhead,
        today: ctx.today(),
        debtor: particulars,
        options: {
          ...options,
          ...(creditorIndex === undefined ? {} : { creditor: creditorIndex }),
          ...(contractIndex === undefined ? {} : { contract: contractIndex }),
          // The preparation sheet carries the office's own notes on creditors.
          ...(kind === 'preparation-sheet' ? { creditorNotes: (await getCreditorNotes(ctx.db, user.id))?.notes ?? [] } : {}),
        },
      },
      format as DocumentFormat | undefined,
      renderModelOffThread,
    );
  } catch (error) {
    if (error instanceof MissingDataError)
      throw new AppError('incomplete', error.message, {
        fields: error.missing.map((field) => ({ path: pathOf(field.path), message: field.label })),
      });
    if (error instanceof DocumentUnavailableError && error.confirmation)
      throw new AppError(confirmationCodes[error.confirmation], error.message);
    if (error instanceof DocumentUnavailableError || error instanceof CertifiedMailTooLongError)
      throw new AppError('incomplete', error.message);
    if (error instanceof UnsupportedFormatError) throw new AppError('validation', error.message);
    throw error;
  }
}
