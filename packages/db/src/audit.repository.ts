// The audit log: appended to inside the transaction of the change it records, read per case newest
// first. Nothing here updates or deletes an entry (the table's trigger would refuse it anyway).
import type { FieldChange } from '@wakai/core';
import type { Db } from './db.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'undo';

/** One changed field (the core's one shape, shared with the web's conflict views). */
export type { FieldChange } from '@wakai/core';

export interface AuditEntryInput {
  caseId: string;
  actorId: string | null;
  actorName: string;
  action: AuditAction;
  entityKind: string;
  entityId: string;
  label: string;
  changes: FieldChange[];
  at: Date;
}

export interface AuditEntry extends AuditEntryInput {
  id: number;
}

export async function appendAuditEntry(db: Db, entry: AuditEntryInput): Promise<void> {
  await db
    .insertInto('audit_entries')
    .values({
      case_id: entry.caseId,
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      action: entry.action,
      entity_kind: entry.entityKind,
      entity_id: entry.entityId,
      label: entry.label,
      changes: JSON.stringify(entry.changes),
      at: entry.at,
    })
    .execute();
}

/** A page of the case's log, newest first; `before` is the last id of the previous page. */
export async function listAuditEntries(
  db: Db,
  caseId: string,
  { before, limit }: { before?: number; limit: number },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entries').selectAll().where('case_id', '=', caseId);
  if (before !== undefined) query = query.where('id', '<', before);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: Number(row.id),
    caseId: row.case_id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action as AuditAction,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    label: row.label,
    changes: row.changes as FieldChange[],
    at: new Date(row.at),
  }));
}
