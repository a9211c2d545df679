// Frozen. What the deadlines window asks on every read, answered by a row instead of a scan of every
// case (issue 19). deadline_changes: the cases changed (or added) since their lists were last known
// current for every day in deadline_days — a read computes only those. deadline_days: the days whose
// sweep by the scheduled refresh finished (a day not swept falls back to the scan). deadline_marks: a
// stamp per user, renewed when a case they see changes, is added or removed, or someone is assigned to
// it or unassigned — the window's ETag. The stamp is renewed by a deferred trigger, at commit, in the
// same transaction as the change (never visible before it), holding the user's row only while committing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deadline_changes')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('deadline_days')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('complete', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('deadline_days_pk', ['day', 'format'])
    .execute();
  // No foreign key to users: a user deleted in the transaction that removes their cases still gets a stamp.
  await db.schema
    .createTable('deadline_marks')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey())
    .addColumn('stamp', 'uuid', (c) => c.notNull())
    .execute();
  await sql`
    create function deadline_changes_note() returns trigger language plpgsql as $$
    begin
      insert into deadline_changes (case_id, revision) values (new.id, new.revision)
        on conflict (case_id) do update set revision = excluded.revision;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger deadline_changes_note after insert or update of revision on cases
    for each row execute function deadline_changes_note()`.execute(db);
  await sql`
    create function deadline_marks_renew(users uuid[]) returns void language sql as $$
      insert into deadline_marks (user_id, stamp)
        select u, gen_random_uuid() from (select distinct u from unnest(users) as u where u is not null) as given order by u
        on conflict (user_id) do update set stamp = excluded.stamp
    $$`.execute(db);
  await sql`
    create function deadline_marks_of_case() returns trigger language plpgsql as $$
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
  await sql`create constraint trigger deadline_marks_of_case after insert or update of revision, owner_id or delete on cases
    deferrable initially deferred for each row execute function deadline_marks_of_case()`.execute(db);
  // Everyone who sees the case: the window filtered by a person responsible reads who is assigned.
  await sql`
    create function deadline_marks_of_member() returns trigger language plpgsql as $$
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
  await sql`create constraint trigger deadline_marks_of_member after insert or update or delete on case_members
    deferrable initially deferred for each row execute function deadline_marks_of_member()`.execute(db);
  // Every case counts as changed until the scheduled refresh has swept today and tomorrow.
  await sql`insert into deadline_changes (case_id, revision) select id, revision from cases`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger deadline_marks_of_member on case_members`.execute(db);
  await sql`drop trigger deadline_marks_of_case on cases`.execute(db);
  await sql`drop trigger deadline_changes_note on cases`.execute(db);
  await sql`drop function deadline_marks_of_member()`.execute(db);
  await sql`drop function deadline_marks_of_case()`.execute(db);
  await sql`drop function deadline_marks_renew(uuid[])`.execute(db);
  await sql`drop function deadline_changes_note()`.execute(db);
  await db.schema.dropTable('deadline_marks').execute();
  await db.schema.dropTable('deadline_days').execute();
  await db.schema.dropTable('deadline_changes').execute();
}
