// A case file sent by the debtor (from their own Wakai) imported into the office's existing case:
// first a preview of what differs, then — once the user confirms, and only if the case is still as
// previewed — applied in one transaction. The debtor's parts, creditors, contracts and histories
// become the file's; each creditor's negotiation records stay the office's; what the file no longer
// holds goes to the trash (restorable for 30 days).
import { createHash } from 'node:crypto';
import {
  type CaseContent,
  type ContractInput,
  type CreditorInput,
  caseContentSchema,
  contractSchema,
  creditorSchema,
  schemaFields,
} from '@wakai/core';
import {
  type Db,
  deleteContract,
  deleteCreditor,
  getCase,
  insertContract,
  insertCreditor,
  listCreditorsWithContracts,
  lockCase,
  replaceTransactions,
  type StoredCase,
  touchCase,
  type User,
  updateCase,
  updateContract,
  updateCreditor,
} from '@wakai/db';
import { z } from 'zod';
import { caseOf } from '../access.js';
import { checked, conflict } from '../app-error.js';
import { type Actor, logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { contractLabel } from '../creditors/creditor-records.js';
import { versionSchema } from '../edit.js';
import { moveToTrash } from '../trash/trash.js';
import { type CaseFileDiff, type CreditorDiff, caseFileDiff } from './case-file-diff.js';
import { insertNegotiation, readCaseContent } from './case-file-store.js';
import { checkedCaseFile } from './case-file-transfer.js';

async function currentContent(db: Db, caseId: string): Promise<CaseContent> {
  return checked(caseContentSchema, await readCaseContent(db, caseId));
}

/** The case as previewed: an apply goes ahead only if the case still reads the same. */
function baselineOf(content: CaseContent, version: number): string {
  return createHash('sha256')
    .update(JSON.stringify([version, content]))
    .digest('hex');
}

export async function previewCaseFileMerge(ctx: ServiceContext, { user, caseId, json }: { user: User; caseId: string; json: unknown }) {
  const stored = await caseOf(ctx.db, user, caseId);
  return previewMergeInto(ctx, stored, json);
}

/** The preview against a case the caller may already read (a user's, or the one an invitation names). */
export async function previewMergeInto(ctx: ServiceContext, stored: StoredCase, json: unknown) {
  const incoming = await checkedCaseFile(json);
  const current = await currentContent(ctx.db, stored.id);
  return { version: stored.version, baseline: baselineOf(current, stored.version), diff: caseFileDiff(current, incoming) };
}

export const applySchema = z.object({
  version: versionSchema,
  baseline: z.string({ error: '取り込みの確認(baseline)が必要です。もう一度「違いを確かめる」からやり直してください' }),
  file: z.unknown(),
});

export async function applyCaseFileMerge(ctx: ServiceContext, { user, caseId, body }: { user: User; caseId: string; body: unknown }) {
  const stored = await caseOf(ctx.db, user, caseId);
  return applyMergeInto(ctx, { actor: user, stored, body });
}

/**
 * The apply into a case the caller may already write, logged as `actor`'s; `beforeWrite` runs in
 * the same transaction once the case is known unchanged and the file differs (an invitation used).
 */
export async function applyMergeInto(
  ctx: ServiceContext,
  { actor, stored, body, beforeWrite }: { actor: Actor; stored: StoredCase; body: unknown; beforeWrite?: (trx: Db) => Promise<void> },
) {
  const { version, baseline, file } = checked(applySchema, body);
  const incoming = await checkedCaseFile(file);
  return ctx.db.transaction().execute(async (trx) => {
    await lockCase(trx, stored.id);
    const locked = (await getCase(trx, stored.id)) as StoredCase;
    const current = await currentContent(trx, stored.id);
    if (locked.version !== version || baselineOf(current, locked.version) !== baseline) throw conflict();
    const diff = caseFileDiff(current, incoming);
    if (diff.same) return { applied: false, version, diff };
    await beforeWrite?.(trx);
    const updated = await updateCase(
      trx,
      stored.id,
      { debtor: incoming.debtor, budget: incoming.budget, assets: incoming.assets },
      version,
    );
    if (!updated) throw conflict();
    await applyCreditors(trx, ctx, actor, stored.id, incoming, diff);
    await logChange(trx, ctx, actor, {
      caseId: stored.id,
      action: 'import',
      kind: 'case',
      id: stored.id,
      label: '案件ファイルからの更新',
      changes: [...diff.parts.flatMap((p) => p.changes), ...creditorCounts(diff)],
    });
    await touchCase(trx, stored.id);
    return { applied: true, version: updated.version, diff };
  });
}

function creditorCounts(diff: CaseFileDiff) {
  return (['added', 'removed', 'changed'] as const)
    .map((change) => ({ field: `creditors.${change}`, to: diff.creditors.filter((c) => c.change === change).length }))
    .filter((count) => count.to > 0);
}

type Stored = Awaited<ReturnType<typeof listCreditorsWithContracts>>;

async function applyCreditors(trx: Db, ctx: ServiceContext, user: Actor, caseId: string, incoming: CaseContent, diff: CaseFileDiff) {
  const storedCreditors = await listCreditorsWithContracts(trx, caseId);
  for (const change of diff.creditors) {
    const mine = change.current === null ? undefined : storedCreditors[change.current];
    const theirs = change.incoming === null ? undefined : incoming.creditors[change.incoming];
    if (change.change === 'added' && theirs) {
      const { contracts, negotiation, ...facts } = theirs;
      const added = await insertCreditor(trx, caseId, facts as CreditorInput);
      await insertNegotiation(trx, added.id, negotiation);
      for (const { transactions, ...contract } of contracts) {
        const k = await insertContract(trx, added.id, contract as ContractInput);
        await replaceTransactions(trx, k.id, transactions);
      }
      await logChange(trx, ctx, user, { caseId, action: 'import', kind: 'creditor', id: added.id, label: added.name });
    }
    if (change.change === 'removed' && mine) {
      await moveToTrash(trx, ctx, user, { caseId, kind: 'creditor', id: mine.id, label: mine.name });
      await deleteCreditor(trx, mine.id);
    }
    if (change.change === 'changed' && mine && theirs) await applyCreditor(trx, ctx, user, caseId, change, mine, theirs);
  }
}

async function applyCreditor(
  trx: Db,
  ctx: ServiceContext,
  user: Actor,
  caseId: string,
  change: CreditorDiff,
  mine: Stored[number],
  theirs: CaseContent['creditors'][number],
) {
  if (change.fields.length > 0) {
    if (!(await updateCreditor(trx, mine.id, schemaFields(creditorSchema, theirs) as CreditorInput, mine.version))) throw conflict();
    await logChange(trx, ctx, user, {
      caseId,
      action: 'import',
      kind: 'creditor',
      id: mine.id,
      label: theirs.name,
      changes: change.fields,
    });
  }
  for (const k of change.contracts) {
    const myContract = k.current === null ? undefined : mine.contracts[k.current];
    const theirContract = k.incoming === null ? undefined : theirs.contracts[k.incoming];
    const label = contractLabel(theirs.name, theirContract ?? myContract ?? { label: '' });
    if (k.change === 'added' && theirContract) {
      const { transactions, ...facts } = theirContract;
      const added = await insertContract(trx, mine.id, facts as ContractInput);
      await replaceTransactions(trx, added.id, transactions);
      await logChange(trx, ctx, user, { caseId, action: 'import', kind: 'contract', id: added.id, label });
    }
    if (k.change === 'removed' && myContract) {
      await moveToTrash(trx, ctx, user, { caseId, kind: 'contract', id: myContract.id, label });
      await deleteContract(trx, myContract.id);
    }
    if (k.change !== 'changed' || !myContract || !theirContract) continue;
    if (k.fields.length > 0) {
      if (!(await updateContract(trx, myContract.id, schemaFields(contractSchema, theirContract) as ContractInput, myContract.version)))
        throw conflict();
      await logChange(trx, ctx, user, { caseId, action: 'import', kind: 'contract', id: myContract.id, label, changes: k.fields });
    }
    const rows = k.transactions.added.length + k.transactions.removed.length + k.transactions.changed.length;
    if (rows === 0) continue;
    if ((await replaceTransactions(trx, myContract.id, theirContract.transactions, myContract.historyVersion)) === undefined)
      throw conflict();
    const changes = (['added', 'removed', 'changed'] as const)
      .map((what) => ({ field: `transactions.${what}`, to: k.transactions[what].length }))
      .filter((count) => count.to > 0);
    await logChange(trx, ctx, user, { caseId, action: 'import', kind: 'history', id: myContract.id, label, changes });
  }
}
