// /api/account: the signed-in user's sessions (listed, ended) and password. /api/users: the office's
// staff, for an owner assigning a case.
import { changeOwnPassword, endSession, type PasswordChangeBody, type ServiceContext, sessionsOf, staffAccounts } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { declared, jsonInput } from '../request-input.js';

export function accountRoutes(ctx: ServiceContext) {
  return new Hono<Env>()
    .get('/sessions', async (c) => c.json(await sessionsOf(ctx, { user: c.var.user, ...currentOf(c.var.sessionId) })))
    .delete('/sessions/:sessionId', async (c) => c.json(await endSession(ctx, { user: c.var.user, sessionId: c.req.param('sessionId') })))
    .put('/password', jsonInput(declared<PasswordChangeBody>()), async (c) =>
      c.json(await changeOwnPassword(ctx, { user: c.var.user, ...currentOf(c.var.sessionId), body: c.req.valid('json') })),
    );
}

export function userRoutes(ctx: ServiceContext) {
  return new Hono<Env>().get('/staff', async (c) => c.json(await staffAccounts(ctx, { user: c.var.user })));
}

const currentOf = (sessionId: string | undefined) => (sessionId ? { currentId: sessionId } : {});
