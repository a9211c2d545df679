// Deleting moves a record, with everything hung on it, to the trash for 30 days; it can be put
// back exactly as it was until then, and is purged for good after (on every read of the trash).
import {
  type Db,
  getCase,
  getTrash,
  insertTrash,
  listCaseTrash,
  listTrashedCases,
  purgeTrash,
  restoreRecord,
  snapshotRecord,
  type TrashItem,
  takeTrash,
  touchCase,
  type User,
} from '@wakai/db';
import { caseOf } from '../access.js';
import { AppError, notFound } from '../app-error.js';
import { type Actor, type EntityKind, logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';

/** How long a deleted record can be restored (the office's own undo, not a legal retention period). */
export const TRASH_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TrashKind = Extract<EntityKind, 'case' | 'creditor' | 'contract' | 'contact' | 'offer' | 'attachment' | 'payment' | 'breach'>;

const tables: Record<TrashKind, string> = {
  case: 'cases',
  creditor: 'creditors',
  contract: 'contracts',
  contact: 'contacts',
  offer: 'offers',
  attachment: 'attachments',
  payment: 'payments',
  breach: 'agreement_breaches',
};

/** What must be back before this kind can be: the parent a restore needs. */
const parentNeeded: Record<TrashKind, string> = {
  case: '案件の担当者',
  creditor: '案件',
  contract: '債権者',
  contact: '債権者',
  offer: '債権者',
  attachment: '連絡記録',
  payment: '債権者',
  breach: '債権者',
};

/**
 * Keeps the record and its rows in the trash and logs the delete, in the caller's transaction;
 * the caller then deletes it as before.
 */
export async function moveToTrash(
  db: Db,
  ctx: ServiceContext,
  user: Actor,
  item: { caseId: string; kind: TrashKind; id: string; label: string },
): Promise<void> {
  const stored = await getCase(db, item.caseId);
  if (!stored) throw notFound();
  await insertTrash(db, {
    caseId: item.caseId,
    ownerId: stored.ownerId,
    entityKind: item.kind,
    entityId: item.id,
    label: item.label,
    deletedBy: user.displayName || user.email,
    deletedAt: ctx.now(),
    snapshot: await snapshotRecord(db, tables[item.kind], item.id),
  });
  await logChange(db, ctx, user, { caseId: item.caseId, action: 'delete', kind: item.kind, id: item.id, label: item.label });
}

/** Purges what has been in the trash longer than it is kept; how many. */
export function purgeExpiredTrash(ctx: ServiceContext): Promise<number> {
  return purgeTrash(ctx.db, new Date(ctx.now().getTime() - TRASH_KEEP_DAYS * DAY_MS));
}

function shown(item: TrashItem) {
  return {
    id: item.id,
    caseId: item.caseId,
    kind: item.entityKind as TrashKind,
    entityId: item.entityId,
    label: item.label,
    deletedBy: item.deletedBy,
    deletedAt: item.deletedAt.toISOString(),
    /** The last moment it can be restored. */
    keptUntil: new Date(item.deletedAt.getTime() + TRASH_KEEP_DAYS * DAY_MS).toISOString(),
  };
}

/** What was deleted inside the case, newest first (the case's own readers see it). */
export async function caseTrash(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId);
  await purgeExpiredTrash(ctx);
  return { keepDays: TRASH_KEEP_DAYS, items: (await listCaseTrash(ctx.db, stored.id)).map(shown) };
}

/** The user's deleted cases. */
export async function trashedCases(ctx: ServiceContext, { user }: { user: User }) {
  await purgeExpiredTrash(ctx);
  return { keepDays: TRASH_KEEP_DAYS, items: (await listTrashedCases(ctx.db, user.id)).map(shown) };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Puts a trashed record back as it was, with its rows; logged as a restore. */
export async function restoreFromTrash(ctx: ServiceContext, { user, trashId }: { user: User; trashId: string }) {
  await purgeExpiredTrash(ctx);
  const item = uuid.test(trashId) ? await getTrash(ctx.db, trashId) : undefined;
  if (!item) throw notFound();
  const kind = item.entityKind as TrashKind;
  if (kind === 'case') {
    if (item.ownerId !== user.id) throw notFound();
  } else await caseOf(ctx.db, user, item.caseId);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await takeTrash(trx, item.id))) throw notFound();
    try {
      await restoreRecord(trx, item.snapshot);
    } catch (error) {
      throw restoreRefusal(error, kind);
    }
    await logChange(trx, ctx, user, { caseId: item.caseId, action: 'restore', kind, id: item.entityId, label: item.label });
    await touchCase(trx, item.caseId);
    return { restored: { kind, id: item.entityId, caseId: item.caseId } };
  });
}

function restoreRefusal(error: unknown, kind: TrashKind): unknown {
  const code = (error as { code?: string }).code;
  if (code === '23503')
    return new AppError(
      'conflict',
      `元の${parentNeeded[kind]}が削除されているため戻せません。先にごみ箱から${parentNeeded[kind]}を戻してください`,
    );
  if (code === '23505') return new AppError('conflict', '同じ記録がすでにあるため戻せません(すでに元に戻されています)');
  return error;
}
