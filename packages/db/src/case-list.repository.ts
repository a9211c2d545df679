// The case list an office reads: one page at a time, searched and counted in SQL (an office has
// thousands of cases; the list never loads them all).
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
  debtor_name: string;
  debtor_kana: string;
  birth_date: string | null;
  prefecture: string | null;
  created_at: string;
  updated_at: string;
  total: string | number;
  creditors: string | number;
};

/** An instant as JavaScript's toISOString writes it (to the millisecond, UTC). */
const isoText = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The page's columns without its sort key (an instant pg would parse for nothing). */
const pageColumns = sql.raw('p.id, p.title, p.debtor_name, p.debtor_kana, p.birth_date, p.prefecture, p.created_at, p.updated_at');

/**
 * What a list row shows, taken out in SQL: the debtor's four fields rather than the whole debtor
 * parsed, the instants already as text (parsing them to Dates and back cost more than the query).
 */
const listColumns = sql`cases.id, cases.title, cases.debtor->>'name' as debtor_name, coalesce(cases.debtor->>'nameKana', '') as debtor_kana,
  cases.debtor->>'birthDate' as birth_date, cases.debtor->>'prefecture' as prefecture,
  ${isoText('cases.created_at')} as created_at, ${isoText('cases.updated_at')} as updated_at`;

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
      select t.total, ${pageColumns}, (select count(*) from creditors where creditors.case_id = p.id) as creditors
      from (select count(*) as total from matching) t left join lateral (
        select ${listColumns}, cases.updated_at as latest
        from (select id from matching order by updated_at desc, id limit ${limit} offset ${offset}) m join cases on cases.id = m.id
      ) p on true
      order by p.latest desc, p.id`.execute(db)
    : await sql<PageRow>`select t.total, ${pageColumns}, (select count(*) from creditors where creditors.case_id = p.id) as creditors
      from (select coalesce((select cases from case_people where viewer_id = ${ownerId} and person_id = ${ownerId}), 0) as total) t left join lateral (
        ${latestCases(ownerId, offset + limit)} order by latest desc, id limit ${limit} offset ${offset}
      ) p on true
      order by p.latest desc, p.id`.execute(db);
  return {
    items: rows.flatMap(({ total: _, ...row }) => (row.id === null ? [] : [toItem({ ...row, id: row.id })])),
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
  const columns = sql`${listColumns}, cases.updated_at as latest`;
  return sql`(select ${columns} from cases where cases.owner_id = ${userId} order by cases.updated_at desc, cases.id limit ${count})
    union all (select ${columns} from cases where cases.owner_id <> ${userId}
      and exists (select 1 from case_members m where m.case_id = cases.id and m.user_id = ${userId})
      order by cases.updated_at desc, cases.id limit ${count})`;
}

function toItem(row: Omit<PageRow, 'total'> & { id: string }): CaseListItem {
  return {
    id: row.id,
    title: row.title,
    debtorName: row.debtor_name,
    debtorKana: row.debtor_kana,
    birthDate: row.birth_date,
    prefecture: row.prefecture,
    creditors: Number(row.creditors ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
