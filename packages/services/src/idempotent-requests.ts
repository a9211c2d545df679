// The answers kept for creating requests sent with an Idempotency-Key (the HTTP side reads the
// header and replays the answer): a key reserved before the request runs, answered after it,
// released when it failed so that the same key may try again.
import { answerIdempotencyKey, type IdempotencyReservation, releaseIdempotencyKey, reserveIdempotencyKey } from '@wakai/db';
import type { ServiceContext } from './context.js';

/** One user's key. */
export interface RequestKey {
  userId: string;
  key: string;
}

/** Takes the key for `request` (method, path and the body's digest), or says what holds it. */
export function reserveRequestKey(ctx: ServiceContext, held: RequestKey & { request: string }): Promise<IdempotencyReservation> {
  return reserveIdempotencyKey(ctx.db, held);
}

/** Keeps the answer the request got, to give it back to a repeat. */
export function answerRequestKey(ctx: ServiceContext, held: RequestKey & { status: number; answer: string }): Promise<void> {
  return answerIdempotencyKey(ctx.db, held);
}

/** The request created nothing: the key is free again. */
export function releaseRequestKey(ctx: ServiceContext, held: RequestKey): Promise<void> {
  return releaseIdempotencyKey(ctx.db, held);
}
