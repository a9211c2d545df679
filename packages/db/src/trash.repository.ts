// The trash: a deleted record kept whole (see record-snapshot.ts) with who deleted it and when,
// listed per case (and a user's trashed cases), taken out on restore, purged after its time.
import type { Db } from './db.js';
import type { RecordSnapshot } from './record-snapshot.js';

export interface TrashItem {
  id: string;
  caseId: string;
  ownerId: string;
  entityKind: string;
  entityId: string;
  label: string;
  deletedBy: string;
  deletedAt: Date;
}

export interface TrashInput extends Omit<TrashItem, 'id'> {
  snapshot: RecordSnapshot;
}

const columns = ['id', 'case_id', 'owner_id', 'entity_kind', 'entity_id', 'label', 'deleted_by', 'deleted_at'] as const;

function toItem(row: { [K in (typeof columns)[number]]: K extends 'deleted_at' ? Date | string : string }): TrashItem {
  return {
    id: row.id,
    caseId: row.case_id,
    ownerId: row.owner_id,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    label: row.label,
    deletedBy: row.deleted_by,
    deletedAt: new Date(row.deleted_at),
  };
}

export async function insertTrash(db: Db, item: TrashInput): Promise<string> {
  const row = await db
    .insertInto('trash')
    .values({
      case_id: item.caseId,
      owner_id: item.ownerId,
      entity_kind: item.entityKind,
      entity_id: item.entityId,
      label: item.label,
      rows: JSON.stringify(item.snapshot.tables),
      links: JSON.stringify(item.snapshot.links),
      deleted_by: item.deletedBy,
      deleted_at: item.deletedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What was deleted inside a case (not the case itself), newest first. */
export async function listCaseTrash(db: Db, caseId: string): Promise<TrashItem[]> {
  const rows = await db
    .selectFrom('trash')
    .select(columns)
    .where('case_id', '=', caseId)
    .where('entity_kind', '<>', 'case')
    .orderBy('deleted_at', 'desc')
    .execute();
  return rows.map(toItem);
}

/** The owner's deleted cases, newest first. */
export async function listTrashedCases(db: Db, ownerId: string): Promise<TrashItem[]> {
  const rows = await db
    .selectFrom('trash')
    .select(columns)
    .where('owner_id', '=', ownerId)
    .where('entity_kind', '=', 'case')
    .orderBy('deleted_at', 'desc')
    .execute();
  return rows.map(toItem);
}

export async function getTrash(db: Db, id: string): Promise<(TrashItem & { snapshot: RecordSnapshot }) | undefined> {
  const row = await db.selectFrom('trash').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toItem(row), snapshot: { tables: row.rows as RecordSnapshot['tables'], links: row.links as RecordSnapshot['links'] } };
}

/** Takes an item out (restored); false when it was already gone (restored or purged meanwhile). */
export async function takeTrash(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('trash').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes for good what was trashed before `cutoff`; how many. */
export async function purgeTrash(db: Db, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom('trash').where('deleted_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
