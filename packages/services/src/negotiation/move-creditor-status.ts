// A creditor moves to its next step: the core's guard says why not when it cannot; the move, the
// dated change, what the step brings about (a successor creditor after 代位弁済/債権譲渡, the next
// actions it leaves behind closed) and the case's mark are written in one transaction.
import { closesOpenActions, statusChangeSchema, successorOf, transitionFacts, transitionProblem } from '@wakai/core';
import { changeStatus, closeNextActions, insertContract, insertCreditor, touchCase, type User } from '@wakai/db';
import { AppError, checked, conflict } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { versionSchema } from '../edit.js';
import { creditorNegotiation } from './case-negotiation.js';

export async function moveCreditorStatus(
  ctx: ServiceContext,
  { user, creditorId, input }: { user: User; creditorId: string; input: unknown },
) {
  const { today, found } = await creditorNegotiation(ctx, { user, creditorId });
  const move = checked(statusChangeSchema.extend({ version: versionSchema }), input);
  const record = { status: found.creditor.status, ...found.stored };
  const problem = transitionProblem(found.creditor.status, move, transitionFacts(record, found.view.payments, today));
  if (problem) throw new AppError('validation', problem, { fields: [{ path: ['to'], message: problem }] });
  const creditor = found.creditor;
  return ctx.db.transaction().execute(async (trx) => {
    const moved = await changeStatus(trx, creditor.id, move.version, {
      status: move.to,
      date: move.date,
      note: move.note,
      successor: move.successor,
    });
    if (!moved) throw conflict();
    const changes = [{ field: 'status', from: creditor.status, to: move.to }];
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'update',
      kind: 'status',
      id: creditor.id,
      label: creditor.name,
      changes,
    });
    const successor = successorOf(creditor, move);
    if (successor) {
      const added = await insertCreditor(trx, creditor.caseId, successor.creditor);
      await insertContract(trx, added.id, successor.contract);
      await logChange(trx, ctx, user, { caseId: creditor.caseId, action: 'create', kind: 'creditor', id: added.id, label: added.name });
    }
    // The next actions promised before the agreement was signed (or the talks ended) are behind us.
    if (closesOpenActions(move.to)) await closeNextActions(trx, creditor.id, move.date);
    await touchCase(trx, creditor.caseId);
    return moved;
  });
}
