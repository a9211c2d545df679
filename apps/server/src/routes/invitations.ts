// /api/invitations/:token: the debtor's one-time link, before any login — what it is for, and
// setting the password that makes the debtor's account.
import { acceptInvitation, openInvitation, type ServiceContext } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { jsonBody } from '../request-input.js';

export function invitationRoutes(ctx: ServiceContext) {
  return new Hono<Env>()
    .get('/:token', async (c) => c.json(await openInvitation(ctx, { token: c.req.param('token') })))
    .post('/:token', async (c) => c.json(await acceptInvitation(ctx, { token: c.req.param('token'), body: await jsonBody(c) }), 201));
}
