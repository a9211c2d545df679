// Frozen. Who sees which cases, counted by triggers (issue 19): for a viewer and a person, how many cases
// both are on (its owner or a member: assigned staff, the invited debtor). A viewer's row with themself
// is how many cases they see — the case list's total; the persons of their rows with a count are the
// people responsible for their cases — the deadlines' filter. Both read a few rows instead of every case.
// A change to who is on a case takes the pairs of the case's people before it and adds those after it,
// in one statement in (viewer, person) order, so two writers never wait on each other crosswise.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // No foreign key to users: a user deleted in the transaction that removes their cases is still counted down.
  await db.schema
    .createTable('case_people')
    .addColumn('viewer_id', 'uuid', (c) => c.notNull())
    .addColumn('person_id', 'uuid', (c) => c.notNull())
    .addColumn('cases', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_people_pk', ['viewer_id', 'person_id'])
    .execute();
  // The pairs of the case's people before a change taken, those after it added: only the pairs that
  // differ are written, in one statement.
  await sql`
    create function case_people_shift(before uuid[], after uuid[]) returns void language sql as $$
      insert into case_people (viewer_id, person_id, cases)
        select v, p, sum(step) from (
          select v, p, -1 as step from unnest(before) as v, unnest(before) as p
          union all select v, p, 1 from unnest(after) as v, unnest(after) as p
        ) as pairs where v is not null and p is not null group by v, p having sum(step) <> 0 order by v, p
        on conflict (viewer_id, person_id) do update set cases = case_people.cases + excluded.cases
    $$`.execute(db);
  // The case's people now: its owner and members (none once the case is gone).
  await sql`
    create function case_people_of(given uuid) returns uuid[] language sql as $$
      select array(select owner_id from cases where id = given union select user_id from case_members
        where case_id = given and exists (select 1 from cases where id = given))
    $$`.execute(db);
  // Before the delete: its members are still there (the cascade removes them after, and then finds no case).
  await sql`
    create function case_people_of_case() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform case_people_shift('{}', case_people_of(new.id));
        return null;
      elsif tg_op = 'DELETE' then
        perform case_people_shift(case_people_of(old.id), '{}');
        return old;
      elsif old.owner_id <> new.owner_id then
        perform case_people_shift(array(select old.owner_id union select user_id from case_members where case_id = new.id),
          case_people_of(new.id));
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger case_people_of_new_case after insert or update of owner_id on cases
    for each row execute function case_people_of_case()`.execute(db);
  await sql`create trigger case_people_of_removed_case before delete on cases
    for each row execute function case_people_of_case()`.execute(db);
  // A member added or removed: the case's people without them (or with them) before, as they are after.
  // An update is the row leaving, then arriving: between the two, its new person is not on the case yet.
  await sql`
    create function case_people_of_member() returns trigger language plpgsql as $$
    declare
      people uuid[];
    begin
      if tg_op <> 'INSERT' then
        people := case_people_of(old.case_id);
        if tg_op = 'UPDATE' and new.case_id = old.case_id then
          people := array(select u from unnest(people) as u
            where u <> new.user_id or u = (select owner_id from cases where id = old.case_id));
        end if;
        if cardinality(people) > 0 and not old.user_id = any(people) then
          perform case_people_shift(people || old.user_id, people);
        end if;
      end if;
      if tg_op <> 'DELETE' and new.user_id <> all(array(select owner_id from cases where id = new.case_id)) then
        people := case_people_of(new.case_id);
        perform case_people_shift(array(select u from unnest(people) as u where u <> new.user_id), people);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger case_people_of_member after insert or update of case_id, user_id or delete on case_members
    for each row execute function case_people_of_member()`.execute(db);
  await sql`insert into case_people (viewer_id, person_id, cases)
    select v.u, p.u, count(*) from ${sql.raw(onCase)} as v join ${sql.raw(onCase)} as p on p.c = v.c group by v.u, p.u`.execute(db);
}

/** Every (person, case) a person is on, once. */
const onCase = '(select owner_id as u, id as c from cases union select user_id, case_id from case_members)';

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger case_people_of_member on case_members`.execute(db);
  await sql`drop trigger case_people_of_removed_case on cases`.execute(db);
  await sql`drop trigger case_people_of_new_case on cases`.execute(db);
  await sql`drop function case_people_of_member()`.execute(db);
  await sql`drop function case_people_of_case()`.execute(db);
  await sql`drop function case_people_of(uuid)`.execute(db);
  await sql`drop function case_people_shift(uuid[], uuid[])`.execute(db);
  await db.schema.dropTable('case_people').execute();
}
