// The case list an office reads: one page at a time, searched and counted in SQL (an office has
// thousands of cases; the list never loads them all).
import type { Debtor } from '@wakai/core';
import { type ExpressionBuilder, sql } from 'kysely';
import { type CaseListItem, caseVisibleTo } from './case.repository.js';
import type { Db } from './db.js';
import type { Database } from './schema.js';

export interface CaseListPage {
  items: CaseListItem[];
  /** Cases matching the search in all (for the pager). */
  total: number;
  page: number;
  limit: number;
}

/** Each word of `search` must match the title, the debtor's name (with or without its space) or furigana. */
function matching(search: string) {
  const words = search.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  return (eb: ExpressionBuilder<Database, 'cases'>) =>
    eb.and(
      words.map((word) => {
        const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        return eb.or([
          eb('cases.title', 'ilike', pattern),
          eb(sql<string>`cases.debtor->>'name'`, 'ilike', pattern),
          eb(sql<string>`cases.debtor->>'nameKana'`, 'ilike', pattern),
          eb(sql<string>`replace(cases.debtor->>'name', ' ', '')`, 'ilike', pattern),
        ]);
      }),
    );
}

/** Page `page` (from 1) of the cases the user sees (own, assigned, invited to) matching `search`, latest change first. */
export async function listCasesPage(
  db: Db,
  ownerId: string,
  { search = '', page = 1, limit = 50 }: { search?: string; page?: number; limit?: number },
): Promise<CaseListPage> {
  // The page's cases first (the index gives them in order, the window counts the matches), then only
  // their creditors counted: counting creditors for every case would work through the whole caseload.
  const rows = await db
    .with('page', (w) =>
      w
        .selectFrom('cases')
        .select(['cases.id', 'cases.title', 'cases.debtor', 'cases.created_at', 'cases.updated_at'])
        .select(sql<string>`count(*) over ()`.as('total'))
        .where(caseVisibleTo(ownerId))
        .where(matching(search))
        .orderBy('cases.updated_at', 'desc')
        .orderBy('cases.id')
        .limit(limit)
        .offset((page - 1) * limit),
    )
    .selectFrom('page')
    .leftJoin('creditors', 'creditors.case_id', 'page.id')
    .select((eb) => [
      'page.id',
      'page.title',
      'page.debtor',
      'page.created_at',
      'page.updated_at',
      'page.total',
      eb.fn.count<string>('creditors.id').as('creditors'),
    ])
    .groupBy(['page.id', 'page.title', 'page.debtor', 'page.created_at', 'page.updated_at', 'page.total'])
    .orderBy('page.updated_at', 'desc')
    .orderBy('page.id')
    .execute();
  // The matching cases were counted with the page (a window over them); past the last page, alone.
  const total = rows[0] ? Number(rows[0].total) : await countMatching(db, ownerId, search);
  return { items: rows.map(toItem), total, page, limit };
}

async function countMatching(db: Db, ownerId: string, search: string): Promise<number> {
  const { n } = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(caseVisibleTo(ownerId))
    .where(matching(search))
    .executeTakeFirstOrThrow();
  return Number(n);
}

function toItem(row: {
  id: string;
  title: string;
  debtor: object;
  created_at: Date;
  updated_at: Date;
  creditors: string | null;
}): CaseListItem {
  const debtor = row.debtor as Debtor;
  return {
    id: row.id,
    title: row.title,
    debtorName: debtor.name,
    debtorKana: debtor.nameKana ?? '',
    birthDate: debtor.birthDate ?? null,
    prefecture: debtor.prefecture ?? null,
    creditors: Number(row.creditors ?? 0),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
