// Frozen. Two things of the deadlines window (issue 19). Each case's list carries its tally: how many of
// its deadlines fall in each range of the window on its day, by kind — a user's counts are a sum over
// their cases' lists, not a count of every deadline (lists stored before are of an older format, and
// computed again). And the users' deadline stamps are renewed once per transaction, in user-id order (issue 19): the
// deferred triggers renewed them row by row in the order the rows changed, so two transactions
// changing the same users' cases in another order could deadlock at commit. Now each change only
// notes whom it concerns (a transaction-local setting, without locking anything) and the first
// deferred trigger to fire at commit renews every user noted, sorted, in one statement; the others
// find nothing left to renew.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('deadline_lists').addColumn('tally', 'jsonb').execute();
  // The users noted so far in this transaction, as text 'uuid,uuid,…' (an office has few users: short).
  await sql`
    create function deadline_marks_note(users uuid[]) returns void language plpgsql as $$
    declare
      noted text := coalesce(current_setting('wakai.deadline_marks_due', true), '');
      u uuid;
    begin
      foreach u in array users loop
        if u is not null and position(u::text in noted) = 0 then
          noted := noted || u::text || ',';
        end if;
      end loop;
      perform set_config('wakai.deadline_marks_due', noted, true);
    end
    $$`.execute(db);
  await sql`
    create function deadline_marks_renew_noted() returns trigger language plpgsql as $$
    declare
      noted text := coalesce(current_setting('wakai.deadline_marks_due', true), '');
    begin
      if noted <> '' then
        perform set_config('wakai.deadline_marks_due', '', true);
        perform deadline_marks_renew(string_to_array(rtrim(noted, ','), ',')::uuid[]);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create or replace function deadline_marks_of_case() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform deadline_marks_note(array[old.owner_id]);
      else
        perform deadline_marks_note(array[new.owner_id, case when tg_op = 'UPDATE' then old.owner_id end]
          || array(select user_id from case_members where case_id = new.id));
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create or replace function deadline_marks_of_member() returns trigger language plpgsql as $$
    declare
      changed uuid := case when tg_op = 'DELETE' then old.case_id else new.case_id end;
    begin
      perform deadline_marks_note(array[case when tg_op <> 'INSERT' then old.user_id end,
          case when tg_op <> 'DELETE' then new.user_id end]
        || array(select owner_id from cases where id = changed)
        || array(select user_id from case_members where case_id = changed));
      return null;
    end
    $$`.execute(db);
  // Noting runs as the row changes; renewing stays deferred to the commit.
  await sql`drop trigger deadline_marks_of_case on cases`.execute(db);
  await sql`drop trigger deadline_marks_of_member on case_members`.execute(db);
  await sql`create trigger deadline_marks_of_case after insert or update of revision, owner_id or delete on cases
    for each row execute function deadline_marks_of_case()`.execute(db);
  await sql`create trigger deadline_marks_of_member after insert or update or delete on case_members
    for each row execute function deadline_marks_of_member()`.execute(db);
  await sql`create constraint trigger deadline_marks_renew_case after insert or update of revision, owner_id or delete on cases
    deferrable initially deferred for each row execute function deadline_marks_renew_noted()`.execute(db);
  await sql`create constraint trigger deadline_marks_renew_member after insert or update or delete on case_members
    deferrable initially deferred for each row execute function deadline_marks_renew_noted()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger deadline_marks_renew_member on case_members`.execute(db);
  await sql`drop trigger deadline_marks_renew_case on cases`.execute(db);
  await sql`drop trigger deadline_marks_of_member on case_members`.execute(db);
  await sql`drop trigger deadline_marks_of_case on cases`.execute(db);
  await sql`
    create or replace function deadline_marks_of_case() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform deadline_marks_renew(array[old.owner_id]);
      else
        perform deadline_marks_renew(array[new.owner_id, case when tg_op = 'UPDATE' then old.owner_id end]
          || array(select user_id from case_members where case_id = new.id));
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create or replace function deadline_marks_of_member() returns trigger language plpgsql as $$
    declare
      changed uuid := case when tg_op = 'DELETE' then old.case_id else new.case_id end;
    begin
      perform deadline_marks_renew(array[case when tg_op <> 'INSERT' then old.user_id end,
          case when tg_op <> 'DELETE' then new.user_id end]
        || array(select owner_id from cases where id = changed)
        || array(select user_id from case_members where case_id = changed));
      return null;
    end
    $$`.execute(db);
  await sql`create constraint trigger deadline_marks_of_case after insert or update of revision, owner_id or delete on cases
    deferrable initially deferred for each row execute function deadline_marks_of_case()`.execute(db);
  await sql`create constraint trigger deadline_marks_of_member after insert or update or delete on case_members
    deferrable initially deferred for each row execute function deadline_marks_of_member()`.execute(db);
  await sql`drop function deadline_marks_renew_noted()`.execute(db);
  await sql`drop function deadline_marks_note(uuid[])`.execute(db);
  await db.schema.alterTable('deadline_lists').dropColumn('tally').execute();
}
