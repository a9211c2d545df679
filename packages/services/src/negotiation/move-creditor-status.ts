// A creditor moves to its next step (or takes its last one back): the core's guard says why not when it cannot; the move, the
// dated change, what the step brings about (a successor creditor after 代位弁済/債権譲渡, the next
// actions it leaves behind closed) and the case's mark are written in one transaction.
import { closesOpenActions, planUndo, statusChangeSchema, successorOf, transitionFacts, transitionProblem } from '@wakai/core';
import { changeStatus, closeNextActions, insertContract, insertCreditor, touchCase, type User } from '@wakai/db';
import { z } from 'zod';
import { AppError, checked, conflict } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { versionSchema } from '../edit.js';
import { creditorNegotiation } from './case-negotiation.js';
import { refuseUnconfirmedTimeBarred } from './time-barred-guard.js';

export async function moveCreditorStatus(
  ctx: ServiceContext,
  { user, creditorId, input }: { user: User; creditorId: string; input: unknown },
) {
  const { today, found, stored } = await creditorNegotiation(ctx, { user, creditorId });
  const move = checked(statusChangeSchema.extend({ version: versionSchema }), input);
  // The steps follow who acts: a debtor negotiating alone cannot record the agent's 受任通知.
  const record = { status: found.creditor.status, ...found.stored, officeActs: stored.officeActs };
  const problem = transitionProblem(found.creditor.status, move, transitionFacts(record, found.view.payments, today));
  if (problem) throw new AppError('validation', problem, { fields: [{ path: ['to'], message: problem }] });
  if (move.to === 'agreed') await refuseUnconfirmedTimeBarred(ctx, stored, { creditorId, step: 'agreement', body: input });
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

/**
 * The creditor's last standing step taken back (issue 18 #9): recorded as a change of its own that
 * names the step, so the step stays in the history marked undone and the undo is in the 変更履歴.
 */
export async function undoCreditorStatus(
  ctx: ServiceContext,
  { user, creditorId, input }: { user: User; creditorId: string; input: unknown },
) {
  const { today, found } = await creditorNegotiation(ctx, { user, creditorId });
  const { version } = checked(z.object({ version: versionSchema }), input);
  const creditor = found.creditor;
  const standing = found.stored.changes;
  const plan = planUndo(creditor.status, standing);
  if (plan.problem !== null) throw new AppError('validation', plan.problem);
  const last = standing[standing.length - 1] as (typeof standing)[number];
  return ctx.db.transaction().execute(async (trx) => {
    const moved = await changeStatus(trx, creditor.id, version, {
      status: plan.back,
      date: today,
      note: plan.note,
      successor: '',
      undoes: last.id,
    });
    if (!moved) throw conflict();
    await logChange(trx, ctx, user, {
      caseId: creditor.caseId,
      action: 'undo',
      kind: 'status',
      id: creditor.id,
      label: creditor.name,
      changes: [{ field: 'status', from: last.status, to: plan.back }],
    });
    await touchCase(trx, creditor.caseId);
    return moved;
  });
}
