// The login throttle's counts, shared by every server process on the database: each failed (or not
// yet judged) attempt is a row per key it counts against, so parallel guesses on several processes
// all count; the devices an account logged in on.
import { sql } from 'kysely';
import type { Db } from './db.js';

/**
 * Counts an attempt against each key at `at` (a key whose last failure is at or before `forgetBefore`
 * is forgotten first); the ids, to take it back if it is refused.
 */
export async function addLoginFailures(db: Db, keys: readonly string[], at: number, forgetBefore: number): Promise<string[]> {
  if (keys.length === 0) return [];
  await db
    .deleteFrom('login_failures')
    .where('key', 'in', keys)
    .where(
      'key',
      'in',
      db.selectFrom('login_failures').select('key').where('key', 'in', keys).groupBy('key').having(sql`max(at)`, '<=', forgetBefore),
    )
    .execute();
  const rows = await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at })))
    .returning('id')
    .execute();
  return rows.map((row) => String(row.id));
}

export async function removeLoginFailures(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
}

/** Each key's failures, oldest first. */
export async function loginFailureTimes(db: Db, keys: readonly string[]): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return times;
  const rows = await db.selectFrom('login_failures').select(['key', 'at']).where('key', 'in', keys).orderBy('at').orderBy('id').execute();
  for (const row of rows) times.get(row.key)?.push(Number(row.at));
  return times;
}

/** Forgets every failure counted against `key`. */
export async function forgetLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/** Takes back the latest failure counted against `key` (a right password from a shared source). */
export async function dropLatestLoginFailure(db: Db, key: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('id', '=', (eb) =>
      eb.selectFrom('login_failures').select('id').where('key', '=', key).orderBy('at', 'desc').orderBy('id', 'desc').limit(1),
    )
    .execute();
}

export async function isKnownLoginDevice(db: Db, device: string, account: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('login_devices')
      .select('device')
      .where('device', '=', device)
      .where('account', '=', account)
      .executeTakeFirst()) !== undefined
  );
}

export async function addKnownLoginDevice(db: Db, device: string, account: string): Promise<void> {
  await db
    .insertInto('login_devices')
    .values({ device, account })
    .onConflict((oc) => oc.columns(['device', 'account']).doNothing())
    .execute();
}
