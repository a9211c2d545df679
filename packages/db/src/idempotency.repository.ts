// The answers kept for creating requests sent with an Idempotency-Key: reserved before the request
// runs (so a second one with the key waits instead of creating again), answered after it, released
// when it failed (nothing was created: the client may try again with the same key).
import { sql } from 'kysely';
import type { Db } from './db.js';

/** How long an answer is kept (and a key cannot be reused for another request). */
export const IDEMPOTENCY_KEEP_HOURS = 24;

export type IdempotencyReservation =
  | { state: 'reserved' }
  | { state: 'running' }
  | { state: 'answered'; status: number; answer: string }
  | { state: 'otherRequest' };

const expiry = () => sql<Date>`now() - ${sql.lit(`${IDEMPOTENCY_KEEP_HOURS} hours`)}::interval`;

/** Takes `key` for `request`, or says what holds it: the same request running or answered, or another request. */
export async function reserveIdempotencyKey(db: Db, { userId, key, request }: { userId: string; key: string; request: string }) {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', expiry()).execute();
  const taken = await db
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, request })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (taken) return { state: 'reserved' } satisfies IdempotencyReservation;
  const held = await db
    .selectFrom('idempotency_keys')
    .select(['request', 'status', 'answer'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  // Released between the insert and the read: the caller asks again.
  if (!held) return { state: 'running' } satisfies IdempotencyReservation;
  if (held.request !== request) return { state: 'otherRequest' } satisfies IdempotencyReservation;
  if (held.status === null || held.answer === null) return { state: 'running' } satisfies IdempotencyReservation;
  return { state: 'answered', status: held.status, answer: held.answer } satisfies IdempotencyReservation;
}

export async function answerIdempotencyKey(
  db: Db,
  { userId, key, status, answer }: { userId: string; key: string; status: number; answer: string },
) {
  await db.updateTable('idempotency_keys').set({ status, answer }).where('user_id', '=', userId).where('key', '=', key).execute();
}

export async function releaseIdempotencyKey(db: Db, { userId, key }: { userId: string; key: string }) {
  await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).where('status', 'is', null).execute();
}
