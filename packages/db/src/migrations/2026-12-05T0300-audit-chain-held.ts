// Frozen. The case log's chain held by the database, not by whoever inserts (issue 18 #16): before,
// an insert that brought its own seq, prev_hash and hash (meant for a restored backup) was kept as
// given, so the app's role could compute a hash with the public function and slip an entry into any
// place of a chain; removing the last entries left a shorter chain that verified; entries older than
// the chain stayed outside it.
//
// Now the trigger, owned by the migrating (owner) role and running as it, always decides an entry's
// place: seq is the case's next, prev_hash the last entry's hash, the id after the case's last id. A
// restored entry may bring its seq and hashes only if they are exactly those (so an edited backup is
// refused row by row). Each case's head — its last seq and hash — is kept in audit_chain_heads, which
// only the trigger writes (the app's role may read it), so a log whose tail was removed behind the
// triggers no longer matches its head. Every entry made before the chain began is chained here, in
// the order it was made.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table audit_chain_heads (case_id uuid primary key, seq bigint not null, hash text not null)`.execute(db);
  // The whole log into the chain, case by case in the order it was written (the append-only triggers
  // are off only for this, inside the migration's transaction, as the tables' owner).
  await sql`alter table audit_entries disable trigger user`.execute(db);
  await sql`
    do $$
    declare
      r record;
      current_case uuid;
      prev text;
      n bigint;
      h text;
    begin
      for r in select * from audit_entries order by case_id, id loop
        if current_case is distinct from r.case_id then
          current_case := r.case_id;
          prev := '';
          n := 0;
        end if;
        n := n + 1;
        h := audit_entry_hash(prev, n, r.case_id, r.actor_id, r.actor_name, r.action, r.entity_kind, r.entity_id, r.label,
          r.changes, r.at);
        update audit_entries set seq = n, prev_hash = prev, hash = h where id = r.id;
        prev := h;
      end loop;
    end
    $$`.execute(db);
  await sql`alter table audit_entries enable trigger user`.execute(db);
  await sql`insert into audit_chain_heads (case_id, seq, hash)
    select distinct on (case_id) case_id, seq, hash from audit_entries order by case_id, seq desc`.execute(db);
  await sql`alter table audit_entries alter column seq set not null, alter column prev_hash set not null,
    alter column hash set not null`.execute(db);
  await sql`drop index audit_entries_chain_order`.execute(db);
  await sql`create unique index audit_entries_case_seq on audit_entries (case_id, seq)`.execute(db);
  await sql`
    create or replace function audit_entries_chain() returns trigger language plpgsql
    security definer set search_path = pg_catalog, public as $$
    declare
      last_seq bigint;
      last_hash text;
      last_id bigint;
      want_seq bigint;
      want_prev text;
      want_hash text;
    begin
      -- One writer per case at a time: two entries never take the same place in the chain.
      perform pg_advisory_xact_lock(hashtextextended('audit:' || new.case_id::text, 0));
      select seq, hash, id into last_seq, last_hash, last_id from public.audit_entries
        where case_id = new.case_id order by seq desc limit 1;
      want_seq := coalesce(last_seq, 0) + 1;
      want_prev := coalesce(last_hash, '');
      want_hash := public.audit_entry_hash(want_prev, want_seq, new.case_id, new.actor_id, new.actor_name, new.action,
        new.entity_kind, new.entity_id, new.label, new.changes, new.at);
      if (new.seq is not null or new.prev_hash is not null or new.hash is not null)
        and (new.seq is distinct from want_seq or new.prev_hash is distinct from want_prev or new.hash is distinct from want_hash) then
        raise exception 'audit_entries: entry % of case % does not continue its chain (changed, or not in its place)',
          new.id, new.case_id using errcode = 'check_violation';
      end if;
      -- An entry is listed after every earlier entry of its case, whatever id its insert chose.
      if last_id is not null and new.id <= last_id then
        new.id := nextval(pg_get_serial_sequence('public.audit_entries', 'id'));
        -- Only after an insert chose an id ahead of the sequence: continue after the highest id.
        if new.id <= last_id then
          new.id := (select max(id) from public.audit_entries) + 1;
          perform setval(pg_get_serial_sequence('public.audit_entries', 'id'), new.id);
        end if;
      end if;
      new.seq := want_seq;
      new.prev_hash := want_prev;
      new.hash := want_hash;
      -- The head only moves forward (a restored head already ahead of the entries restored so far stays).
      insert into public.audit_chain_heads as h (case_id, seq, hash) values (new.case_id, want_seq, want_hash)
        on conflict (case_id) do update set seq = excluded.seq, hash = excluded.hash where h.seq < excluded.seq;
      return new;
    end
    $$`.execute(db);
  await sql`revoke all on function audit_entries_chain() from public`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function audit_entries_chain() returns trigger language plpgsql security invoker as $$
    declare
      last_seq bigint;
      last_hash text;
    begin
      if new.hash is not null then
        return new;
      end if;
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
  await sql`drop table audit_chain_heads`.execute(db);
  await sql`drop index audit_entries_case_seq`.execute(db);
  await sql`create index audit_entries_chain_order on audit_entries (case_id, seq)`.execute(db);
  await sql`alter table audit_entries alter column seq drop not null, alter column prev_hash drop not null,
    alter column hash drop not null`.execute(db);
}
