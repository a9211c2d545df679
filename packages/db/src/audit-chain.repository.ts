// Walking the case log's hash chains (`wakai audit verify`): each case's entries in their order,
// each hash recomputed by the same database function that made it, each link to the one before.
import { sql } from 'kysely';
import type { Db } from './db.js';

export interface AuditChainProblem {
  caseId: string;
  /** The entry at fault (its id), or the place in the chain where one is missing. */
  entryId: number;
  seq: number;
  problem: 'changed' | 'missing-before' | 'relinked';
}

export interface AuditChainReport {
  /** Entries in a chain, checked. */
  checked: number;
  /** Entries made before the chain began (not covered). */
  unchained: number;
  problems: AuditChainProblem[];
}

export async function verifyAuditChains(db: Db): Promise<AuditChainReport> {
  const { rows } = await sql<{
    id: string;
    case_id: string;
    seq: string | null;
    prev_hash: string | null;
    hash: string | null;
    recomputed: string | null;
  }>`select id, case_id, seq, prev_hash, hash,
      case when seq is null then null else audit_entry_hash(prev_hash, seq, case_id, actor_id, actor_name, action,
        entity_kind, entity_id, label, changes, at) end as recomputed
    from audit_entries order by case_id, seq nulls first, id`.execute(db);
  const problems: AuditChainProblem[] = [];
  let unchained = 0;
  let last: { caseId: string; seq: number; hash: string } | undefined;
  for (const row of rows) {
    if (row.seq === null) {
      unchained++;
      continue;
    }
    const seq = Number(row.seq);
    const entry = { caseId: row.case_id, entryId: Number(row.id), seq };
    const previous = last?.caseId === row.case_id ? last : undefined;
    if (row.hash !== row.recomputed) problems.push({ ...entry, problem: 'changed' });
    else if (seq !== (previous?.seq ?? 0) + 1) problems.push({ ...entry, problem: 'missing-before' });
    else if (row.prev_hash !== (previous?.hash ?? '')) problems.push({ ...entry, problem: 'relinked' });
    last = { caseId: row.case_id, seq, hash: row.hash ?? '' };
  }
  return { checked: rows.length - unchained, unchained, problems };
}
