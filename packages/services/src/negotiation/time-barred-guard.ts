// The server's own refusal of a step that acknowledges a debt whose limitation may have run or has
// run: an offer of the debtor's (made or changed), the acceptance of an offer, the agreement and its
// written terms, and a payment (a payment is an acknowledgement: 民法152条1項).
// Such a step is a 承認 that renews the period and, after completion, bars 援用 (民法145条, 152条1項;
// 最判昭和41年4月20日). The page asks first (TimeBarredConfirm) and the documents refuse; a request
// through the API must say as plainly that the debtor was told of 援用, or nothing is recorded.
import { type DebtPosition, mayBeTimeBarred } from '@wakai/core';
import type { StoredCase } from '@wakai/db';
import { AppError } from '../app-error.js';
import { casePositions } from '../cases/case-figures.js';
import type { ServiceContext } from '../context.js';

/** The steps guarded, as the refusal names them. */
export const acknowledgingSteps = {
  offer: '和解案を出すこと',
  acceptance: '和解案を受けること',
  agreement: '和解(合意)を記録すること',
  terms: '和解書の内容を記録すること',
  payment: '支払うこと(支払の記録)',
} as const;
export type AcknowledgingStep = keyof typeof acknowledgingSteps;

/** The explicit confirmation a request carries (`confirmTimeBarred: true`, as the documents take it). */
export function confirmsTimeBarred(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { confirmTimeBarred?: unknown }).confirmTimeBarred === true;
}

/** The articles of the periods that may have run, for the refusal (民法166条1項 and the others the contracts follow). */
function periodArticles(position: DebtPosition): string {
  const articles = position.contracts
    .filter((contract) => mayBeTimeBarred(contract.limitation.status))
    .flatMap((contract) => (contract.limitation.rule ? [contract.limitation.rule.article] : []));
  return [...new Set(articles.length > 0 ? articles : ['民法166条1項'])].join('、');
}

export function timeBarredStepRefusal(position: DebtPosition, step: AcknowledgingStep): AppError {
  const state = position.limitationStatus === 'has-run' ? '時効期間が過ぎています' : '時効が完成している可能性があります';
  return new AppError(
    'timeBarredUnconfirmed',
    `「${position.name}」の債務は${state}(${periodArticles(position)})。${acknowledgingSteps[step]}は債務の承認となり、時効が更新され、完成後であっても時効の援用(民法145条)ができなくなります(民法152条1項、最判昭和41年4月20日)。先に時効の援用を検討してください。債務者に時効の援用を説明したうえで記録する場合は、その確認(confirmTimeBarred)を付けてください(記録していません)`,
    { fields: [{ path: ['confirmTimeBarred'], message: '時効の援用ができなくなるリスクを債務者に説明したことを確認してください' }] },
  );
}

/** Refuses `step` on the creditor's debt where it may be time-barred and the request did not confirm it. */
export async function refuseUnconfirmedTimeBarred(
  ctx: ServiceContext,
  stored: StoredCase,
  { creditorId, step, body }: { creditorId: string; step: AcknowledgingStep; body: unknown },
): Promise<void> {
  if (confirmsTimeBarred(body)) return;
  const { positions } = await casePositions(ctx, stored);
  const position = positions.find((p) => p.creditorId === creditorId);
  if (position && mayBeTimeBarred(position.limitationStatus)) throw timeBarredStepRefusal(position, step);
}
