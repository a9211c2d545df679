// The case list an office reads: one page at a time, searched and counted in SQL (an office has
// thousands of cases; the list never loads them all).
import type { Debtor } from '@wakai/core';
import { sql } from 'kysely';
import type { CaseListItem } from './case.repository.js';
import type { Db } from './db.js';

export interface CaseListPage {
  items: CaseListItem[];
  /** Cases matching the search in all (for the pager). */
  total: number;
  page: number;
  limit: number;
}

/**
 * The text a search reads: the title, the debtor's name (and without its space) and furigana, apart
 * by a space — a word never holds one, so it matches within one of them. Written exactly as the
 * trigram index's expression (migration 2026-12-05T2200) so that PostgreSQL reads the index.
 */
export const caseSearchText = sql.raw(
  `(cases.title || ' ' || coalesce(cases.debtor->>'name', '') || ' ' || coalesce(cases.debtor->>'nameKana', '') || ' ' || replace(coalesce(cases.debtor->>'name', ''), ' ', ''))`,
);

/** The cases the user sees (own, assigned, invited to) where each word of `search` matches the title, the debtor's name or furigana. */
function matchingCases(ownerId: string, search: string) {
  const words = search.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  const matches = words.map((word) => sql`and ${caseSearchText} ilike ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  return sql`from cases where (cases.owner_id = ${ownerId} or exists (select 1 from case_members m where m.case_id = cases.id and m.user_id = ${ownerId})) ${matches.length > 0 ? sql.join(matches, sql` `) : sql``}`;
}

type PageRow = {
  id: string | null;
  title: string;
  debtor: object;
  created_at: Date;
  updated_at: Date;
  total: string | number;
  creditors: string | number;
};

/** Page `page` (from 1) of the cases the user sees (own, assigned, invited to) matching `search`, latest change first. */
export async function listCasesPage(
  db: Db,
  ownerId: string,
  { search = '', page = 1, limit = 50 }: { search?: string; page?: number; limit?: number },
): Promise<CaseListPage> {
  const offset = (page - 1) * limit;
  // One round trip, past the last page too: the total in a row of its own, the page's cases joined to
  // it (none: one row without a case), then only their creditors counted, each by its index. Written
  // as SQL: building it with the query builder cost more than running it.
  const { rows } = search.trim()
    ? await sql<PageRow>`with matching as (select cases.id, cases.updated_at ${matchingCases(ownerId, search)})
      select t.total, p.*, (select count(*) from creditors where creditors.case_id = p.id) as creditors
      from (select count(*) as total from matching) t left join lateral (
        select cases.id, cases.title, cases.debtor, cases.created_at, cases.updated_at
        from (select id from matching order by updated_at desc, id limit ${limit} offset ${offset}) m join cases on cases.id = m.id
      ) p on true
      order by p.updated_at desc, p.id`.execute(db)
    : await sql<PageRow>`select t.total, p.*, (select count(*) from creditors where creditors.case_id = p.id) as creditors
      from (select coalesce((select cases from case_people where viewer_id = ${ownerId} and person_id = ${ownerId}), 0) as total) t left join lateral (
        ${latestCases(ownerId, offset + limit)} order by updated_at desc, id limit ${limit} offset ${offset}
      ) p on true
      order by p.updated_at desc, p.id`.execute(db);
  return {
    items: rows.flatMap((row) => (row.id === null ? [] : [toItem({ ...row, id: row.id })])),
    total: Number(rows[0]?.total ?? 0),
    page,
    limit,
  };
}

/**
 * The user's first `count` cases by latest change: their own and those shared with them, each read
 * in order from its index (not every case sorted), then merged.
 */
function latestCases(userId: string, count: number) {
  const columns = sql`cases.id, cases.title, cases.debtor, cases.created_at, cases.updated_at`;
  return sql`(select ${columns} from cases where cases.owner_id = ${userId} order by cases.updated_at desc, cases.id limit ${count})
    union all (select ${columns} from cases where cases.owner_id <> ${userId}
      and exists (select 1 from case_members m where m.case_id = cases.id and m.user_id = ${userId})
      order by cases.updated_at desc, cases.id limit ${count})`;
}

function toItem(row: {
  id: string;
  title: string;
  debtor: object;
  created_at: Date;
  updated_at: Date;
  creditors: string | number | null;
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
