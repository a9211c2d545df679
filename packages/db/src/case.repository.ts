// The cases: one debtor's matter each, owned by a user. The debtor, budget, assets, fee quotes and
// step norms are JSON columns, read back through the core's schemas (never cast as they lie).
import {
  type Assets,
  assetsSchema,
  type Budget,
  budgetSchema,
  type ChecklistState,
  checklistStateSchema,
  type Debtor,
  debtorSchema,
  type FeeQuoteInput,
  feeQuoteSchema,
  type StepNorms,
  stepNormsSchema,
} from '@wakai/core';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from './db.js';
import type { Database } from './schema.js';

export interface StoredCase {
  id: string;
  ownerId: string;
  title: string;
  debtor: Debtor;
  budget: Budget;
  assets: Assets;
  feeQuotes: FeeQuoteInput[];
  /** Days a negotiation step may wait before it is flagged, where the office changed the defaults. */
  stepNorms: StepNorms;
  /** Whether an office acts for the debtor; null: not stated (a recorded 受任通知 then says one does). */
  officeActs: boolean | null;
  /** The consultation checklist as the user ticked it, and their own questions. */
  checklist: ChecklistState;
  version: number;
  /** Bumped by every write to the case or anything hung on it (touchCase): what derived data is cached against. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseListItem {
  id: string;
  title: string;
  debtorName: string;
  /** What tells two debtors of the same name apart. */
  debtorKana: string;
  birthDate: string | null;
  prefecture: string | null;
  creditors: number;
  createdAt: string;
  updatedAt: string;
}

type CaseRow = Awaited<ReturnType<typeof selectCase>>;

function selectCase(db: Db, id: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

function toCase(row: NonNullable<CaseRow>): StoredCase {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    debtor: debtorSchema.parse(row.debtor),
    budget: budgetSchema.parse(row.budget),
    assets: assetsSchema.parse(row.assets),
    feeQuotes: feeQuoteSchema.array().parse(row.fee_quotes),
    stepNorms: stepNormsSchema.parse(row.step_norms),
    officeActs: row.office_acts,
    checklist: checklistStateSchema.parse(row.checklist),
    version: row.version,
    revision: row.revision,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * The cases a user may open (owned, or shared with them: assigned staff, the invited debtor), latest
 * change first; `search` matches the title or the debtor's name or furigana.
 */
/** The cases a user may see in lists: those they own and those they were assigned or invited to. */
export function caseVisibleTo(userId: string) {
  return (eb: ExpressionBuilder<Database, 'cases'>) =>
    eb.or([
      eb('cases.owner_id', '=', userId),
      eb.exists(
        eb
          .selectFrom('case_members')
          .select('case_members.user_id')
          .whereRef('case_members.case_id', '=', 'cases.id')
          .where('case_members.user_id', '=', userId),
      ),
    ]);
}

export async function listCases(db: Db, userId: string, search = ''): Promise<CaseListItem[]> {
  let query = db
    .selectFrom('cases')
    .leftJoin('creditors', 'creditors.case_id', 'cases.id')
    .select((eb) => [
      'cases.id',
      'cases.title',
      'cases.debtor',
      'cases.created_at',
      'cases.updated_at',
      eb.fn.count<string>('creditors.id').as('creditors'),
    ])
    .where(caseVisibleTo(userId));
  const words = search.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('cases.title', 'ilike', pattern),
        eb(sql<string>`cases.debtor->>'name'`, 'ilike', pattern),
        eb(sql<string>`cases.debtor->>'nameKana'`, 'ilike', pattern),
        eb(sql<string>`replace(cases.debtor->>'name', ' ', '')`, 'ilike', pattern),
      ]),
    );
  }
  const rows = await query.groupBy('cases.id').orderBy('cases.updated_at', 'desc').execute();
  return rows.map((row) => {
    const debtor = row.debtor as Debtor;
    return {
      id: row.id,
      title: row.title,
      debtorName: debtor.name,
      debtorKana: debtor.nameKana ?? '',
      birthDate: debtor.birthDate ?? null,
      prefecture: debtor.prefecture ?? null,
      creditors: Number(row.creditors),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  });
}

export async function getCase(db: Db, id: string): Promise<StoredCase | undefined> {
  const row = await selectCase(db, id);
  return row && toCase(row);
}

export async function insertCase(
  db: Db,
  ownerId: string,
  content: {
    title: string;
    debtor: Debtor;
    budget: Budget;
    assets: Assets;
    feeQuotes?: FeeQuoteInput[];
    officeActs?: boolean | null;
    checklist?: ChecklistState;
  },
): Promise<StoredCase> {
  const row = await db
    .insertInto('cases')
    .values({
      owner_id: ownerId,
      title: content.title,
      debtor: JSON.stringify(content.debtor),
      budget: JSON.stringify(content.budget),
      assets: JSON.stringify(content.assets),
      fee_quotes: JSON.stringify(content.feeQuotes ?? []) as unknown as object[],
      office_acts: content.officeActs ?? null,
      ...(content.checklist ? { checklist: JSON.stringify(content.checklist) as unknown as object } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

/** Updates some parts, only if nobody changed the case since `version` (else undefined). */
export async function updateCase(
  db: Db,
  id: string,
  parts: Partial<{
    title: string;
    debtor: Debtor;
    budget: Budget;
    assets: Assets;
    feeQuotes: FeeQuoteInput[];
    stepNorms: StepNorms;
    officeActs: boolean | null;
    checklist: ChecklistState;
  }>,
  version: number,
): Promise<StoredCase | undefined> {
  const row = await db
    .updateTable('cases')
    .set((eb) => ({
      ...(parts.title === undefined ? {} : { title: parts.title }),
      ...(parts.debtor === undefined ? {} : { debtor: JSON.stringify(parts.debtor) }),
      ...(parts.budget === undefined ? {} : { budget: JSON.stringify(parts.budget) }),
      ...(parts.assets === undefined ? {} : { assets: JSON.stringify(parts.assets) }),
      ...(parts.feeQuotes === undefined ? {} : { fee_quotes: JSON.stringify(parts.feeQuotes) as unknown as object[] }),
      ...(parts.stepNorms === undefined ? {} : { step_norms: JSON.stringify(parts.stepNorms) as unknown as object }),
      ...(parts.officeActs === undefined ? {} : { office_acts: parts.officeActs }),
      ...(parts.checklist === undefined ? {} : { checklist: JSON.stringify(parts.checklist) as unknown as object }),
      version: eb('version', '+', 1),
      revision: eb('revision', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toCase(row);
}

export async function deleteCase(db: Db, id: string): Promise<void> {
  await db.deleteFrom('cases').where('id', '=', id).execute();
}

/** Marks the case changed (a creditor, contract or history was edited): what is derived from it is stale. */
export async function touchCase(db: Db, id: string): Promise<void> {
  await db
    .updateTable('cases')
    .set((eb) => ({ updated_at: new Date(), revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Holds the case's row until the transaction ends: every write to the case marks it, so they wait. */
export async function lockCase(db: Db, id: string): Promise<void> {
  await db.selectFrom('cases').select('id').where('id', '=', id).forUpdate().execute();
}
