// Who owns the restored cases when a backup moves between engines. An embedded install has one
// user, the local one (no login); an office server has users who log in. Into an embedded install
// every case (and the trash, the letterhead, the notes on creditors) becomes the local user's;
// into an office server the local user's become the `--owner`'s — a user of the backup, or the
// local user made into that login (its password then set with `wakai user passwd`).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { localUser } from '../user.repository.js';
import { BackupError, columnsOf } from './backup-format.js';

export type RestoreOwnership = { into: 'embedded' } | { into: 'office'; ownerEmail?: string | undefined };

/** The tables whose rows belong to a user, and whether a user has at most one row (the key). */
const OWNED = [
  { table: 'cases', one: false },
  { table: 'trash', one: false },
  { table: 'letterheads', one: true },
  { table: 'creditor_notes', one: true },
] as const;

/** Moves what `from` own to `to`; a one-per-user row moves only if `to` has none (the first found wins). */
async function moveOwnership(connection: Kysely<Database>, from: readonly string[], to: string) {
  const others = from.filter((id) => id !== to);
  if (others.length === 0) return;
  for (const { table, one } of OWNED) {
    if ((await columnsOf(connection, table)).length === 0) continue;
    const ids = sql.join(others.map((id) => sql`${id}::uuid`));
    if (!one) {
      await sql`update ${sql.table(table)} set owner_id = ${to}::uuid where owner_id in (${ids})`.execute(connection);
      continue;
    }
    await sql`update ${sql.table(table)} set owner_id = ${to}::uuid
      where owner_id = (select owner_id from ${sql.table(table)} where owner_id in (${ids}) order by owner_id limit 1)
        and not exists (select 1 from ${sql.table(table)} where owner_id = ${to}::uuid)`.execute(connection);
  }
}

async function ownerIds(connection: Kysely<Database>, local: boolean): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select distinct c.owner_id as id from cases c join users u on u.id = c.owner_id
    where u.is_local = ${local}`.execute(connection);
  return rows.map((row) => row.id);
}

/** Maps the restored rows' owners for the engine restored into (inside the restore's transaction). */
export async function mapOwnership(connection: Kysely<Database>, ownership: RestoreOwnership): Promise<void> {
  if (ownership.into === 'embedded') {
    const local = await localUser(connection);
    await moveOwnership(connection, await ownerIds(connection, false), local.id);
    return;
  }
  const localOwners = await ownerIds(connection, true);
  if (localOwners.length === 0) return;
  const email = ownership.ownerEmail?.toLowerCase();
  if (!email)
    throw new BackupError(
      'このバックアップの案件は埋め込み版(ログインなし)の利用者のものです。事務所サーバーでは誰の案件にするかを --owner メールアドレス で指定してください。復元は行っていません',
      "the backup's cases belong to the embedded (no-login) user: give --owner EMAIL to say whose they become on this server; nothing was restored",
    );
  const existing = await connection.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) {
    await moveOwnership(connection, localOwners, existing.id);
    return;
  }
  // No such user in the backup: the local user becomes that login (a lawyer), its password still to set.
  await connection
    .updateTable('users')
    .set({ email, is_local: false, role: 'lawyer' })
    .where('id', '=', localOwners[0] as string)
    .execute();
  await moveOwnership(connection, localOwners, localOwners[0] as string);
}
