// Walking the case log's hash chains (`wakai audit verify`): each case's entries in their order, each
// hash recomputed by the same database function that made it, each link to the one before, each
// chain's end against the head the log's trigger keeps, and — given an anchor saved by an earlier
// verify, kept off the database — each anchored entry still there, unchanged.
import { sql } from 'kysely';
import type { Db } from './db.js';

export interface AuditChainProblem {
  caseId: string;
  /** The entry at fault (its id), or the last entry left where entries are missing (0: none left). */
  entryId: number;
  seq: number;
  problem: 'changed' | 'missing-before' | 'relinked' | 'out-of-order' | 'tail-removed' | 'head-missing' | 'anchor-lost';
}

/** Each case's last seq and hash: what an anchor file keeps, and what the log's trigger keeps. */
export type AuditChainHeads = Record<string, { seq: number; hash: string }>;

export interface AuditChainReport {
  /** Entries in a chain, checked. */
  checked: number;
  problems: AuditChainProblem[];
  /** The chains' ends as found: saved as the next anchor when nothing is wrong. */
  heads: AuditChainHeads;
}

interface ChainRow {
  id: string;
  case_id: string;
  seq: string;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

export async function verifyAuditChains(db: Db, { anchor }: { anchor?: AuditChainHeads } = {}): Promise<AuditChainReport> {
  const { rows } = await sql<ChainRow>`select id, case_id, seq, prev_hash, hash,
      audit_entry_hash(prev_hash, seq, case_id, actor_id, actor_name, action, entity_kind, entity_id, label, changes, at) as recomputed
    from audit_entries order by case_id, seq, id`.execute(db);
  const kept = await db.selectFrom('audit_chain_heads').selectAll().execute();
  const problems: AuditChainProblem[] = [];
  const heads: AuditChainHeads = {};
  const hashAt = new Map<string, string>();
  let last: { caseId: string; seq: number; hash: string; id: number } | undefined;
  for (const row of rows) {
    const seq = Number(row.seq);
    const entry = { caseId: row.case_id, entryId: Number(row.id), seq };
    const previous = last?.caseId === row.case_id ? last : undefined;
    if (row.hash !== row.recomputed) problems.push({ ...entry, problem: 'changed' });
    else if (seq !== (previous?.seq ?? 0) + 1) problems.push({ ...entry, problem: 'missing-before' });
    else if (row.prev_hash !== (previous?.hash ?? '')) problems.push({ ...entry, problem: 'relinked' });
    else if (previous && entry.entryId < previous.id) problems.push({ ...entry, problem: 'out-of-order' });
    last = { caseId: row.case_id, seq, hash: row.hash, id: entry.entryId };
    heads[row.case_id] = { seq, hash: row.hash };
    hashAt.set(`${row.case_id}:${seq}`, row.hash);
  }
  const lastIds = new Map(rows.map((row) => [row.case_id, Number(row.id)]));
  for (const head of kept) {
    const found = heads[head.case_id];
    if (!found || found.seq < Number(head.seq) || hashAt.get(`${head.case_id}:${head.seq}`) !== head.hash)
      problems.push({ caseId: head.case_id, entryId: lastIds.get(head.case_id) ?? 0, seq: Number(head.seq), problem: 'tail-removed' });
  }
  const keptCases = new Set(kept.map((head) => head.case_id));
  for (const caseId of Object.keys(heads))
    if (!keptCases.has(caseId)) problems.push({ caseId, entryId: lastIds.get(caseId) ?? 0, seq: 0, problem: 'head-missing' });
  for (const [caseId, anchored] of Object.entries(anchor ?? {}))
    if (hashAt.get(`${caseId}:${anchored.seq}`) !== anchored.hash)
      problems.push({ caseId, entryId: lastIds.get(caseId) ?? 0, seq: anchored.seq, problem: 'anchor-lost' });
  return { checked: rows.length, problems, heads };
}
