// The case's log: each write appends who did what to which record, inside its own transaction (a
// change and its entry commit together or not at all); read per case, newest first, page by page.
import {
  type AuditAction,
  type AuditChainHeads,
  type AuditChainReport,
  appendAuditEntry,
  type Db,
  type FieldChange,
  listAuditEntries,
  type User,
  verifyAuditChains,
} from '@wakai/db';
import { z } from 'zod';
import { caseOf } from '../access.js';
import { checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';

/** The records a case's log speaks of. */
export type EntityKind =
  | 'case'
  | 'creditor'
  | 'contract'
  | 'history'
  | 'status'
  | 'contact'
  | 'attachment'
  | 'offer'
  | 'agreement'
  | 'payment'
  | 'breach'
  | 'member'
  | 'invitation';

export interface CaseChange {
  caseId: string;
  action: AuditAction;
  kind: EntityKind;
  id: string;
  /** What a reader recognises the record by (a creditor's name, a file's name). */
  label: string;
  changes?: FieldChange[];
}

/** Who made a change: a user, or the debtor sending a case file by their invitation (no account: no id). */
export type Actor = Pick<User, 'displayName' | 'email'> & { id: string | null };

/** Appends the change to the case's log, in the caller's transaction. */
export function logChange(db: Db, ctx: ServiceContext, user: Actor, change: CaseChange): Promise<void> {
  return appendAuditEntry(db, {
    caseId: change.caseId,
    actorId: user.id,
    actorName: user.displayName || user.email,
    action: change.action,
    entityKind: change.kind,
    entityId: change.id,
    label: change.label.slice(0, 200),
    changes: change.changes ?? [],
    at: ctx.now(),
  });
}

const pageSchema = z.object({
  before: z.coerce.number({ error: '「before」は数で指定してください' }).int().positive().optional(),
  limit: z.coerce
    .number({ error: '「limit」は数で指定してください' })
    .int()
    .min(1)
    .max(200, { error: '「limit」は200以下にしてください' })
    .default(50),
});

/** A page of the case's log, newest first, for whoever may read the case; `next` continues it. */
export async function caseAudit(
  ctx: ServiceContext,
  { user, caseId, query = {} }: { user: User; caseId: string; query?: Record<string, string> },
) {
  const stored = await caseOf(ctx.db, user, caseId);
  const page = checked(pageSchema, query);
  const entries = await listAuditEntries(ctx.db, stored.id, { ...(page.before ? { before: page.before } : {}), limit: page.limit + 1 });
  const shown = entries.slice(0, page.limit);
  return {
    entries: shown.map((e) => ({ ...e, at: e.at.toISOString() })),
    next: entries.length > page.limit ? (shown[shown.length - 1]?.id ?? null) : null,
  };
}

/**
 * Every case's log walked along its hash chain (`wakai audit verify`): the links that do not hold,
 * the ends short of their kept heads, and — given an anchor saved before — the anchored entries lost.
 */
export function verifyCaseLogs(ctx: ServiceContext, { anchor }: { anchor?: AuditChainHeads } = {}): Promise<AuditChainReport> {
  return verifyAuditChains(ctx.db, { anchor });
}
