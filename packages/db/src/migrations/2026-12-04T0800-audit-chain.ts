// Frozen. The case log chained by hash (issue 18): each new entry of a case carries its place in the
// case's chain (seq), the previous entry's hash and its own, computed by the database as the entry
// is inserted, so that a changed, removed or reordered entry breaks the chain `wakai audit verify`
// walks. An entry given a hash (a restored backup's) keeps it, to be checked like any other.
// Entries made before this migration stay outside the chain (seq null).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_entries add column seq bigint, add column prev_hash text, add column hash text`.execute(db);
  await sql`
    create function audit_entry_hash(prev text, seq bigint, case_id uuid, actor_id uuid, actor_name text, action text,
      kind text, entity_id text, label text, changes jsonb, at timestamptz) returns text language sql stable as $$
      select encode(sha256(convert_to(concat_ws(chr(31), prev, seq::text, case_id::text, coalesce(actor_id::text, ''),
        actor_name, action, kind, entity_id, label, changes::text,
        to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')), 'UTF8')), 'hex')
    $$`.execute(db);
  await sql`
    create function audit_entries_chain() returns trigger language plpgsql as $$
    declare
      last_seq bigint;
      last_hash text;
    begin
      if new.hash is not null then
        return new;
      end if;
      -- One writer per case at a time: two entries never take the same place in the chain.
      perform pg_advisory_xact_lock(hashtextextended('audit:' || new.case_id::text, 0));
      select seq, hash into last_seq, last_hash from audit_entries
        where case_id = new.case_id and seq is not null order by seq desc limit 1;
      new.seq := coalesce(last_seq, 0) + 1;
      new.prev_hash := coalesce(last_hash, '');
      new.hash := audit_entry_hash(new.prev_hash, new.seq, new.case_id, new.actor_id, new.actor_name, new.action,
        new.entity_kind, new.entity_id, new.label, new.changes, new.at);
      return new;
    end
    $$`.execute(db);
  await sql`create trigger audit_entries_chain before insert on audit_entries for each row execute function audit_entries_chain()`.execute(
    db,
  );
  await sql`create index audit_entries_chain_order on audit_entries (case_id, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger audit_entries_chain on audit_entries`.execute(db);
  await sql`drop function audit_entries_chain()`.execute(db);
  await sql`drop function audit_entry_hash(text, bigint, uuid, uuid, text, text, text, text, text, jsonb, timestamptz)`.execute(db);
  await sql`drop index audit_entries_chain_order`.execute(db);
  await sql`alter table audit_entries drop column seq, drop column prev_hash, drop column hash`.execute(db);
}
