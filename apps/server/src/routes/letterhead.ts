// /api/letterhead: the signed-in owner's letterhead, used by every letter its cases send.
import { type LetterheadBody, letterheadOf, type ServiceContext, saveLetterheadOf } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { declared, jsonInput } from '../request-input.js';

export function letterheadRoutes(ctx: ServiceContext) {
  return new Hono<Env>()
    .get('/', async (c) => c.json(await letterheadOf(ctx, { user: c.var.user })))
    .put('/', jsonInput(declared<LetterheadBody>()), async (c) =>
      c.json(await saveLetterheadOf(ctx, { user: c.var.user, body: c.req.valid('json') })),
    );
}
