// /api/invitations/:token: the debtor's one-time link, before any login — what it is for, and
// setting the password that makes the debtor's account. Guessing tokens is slowed per client
// (invitation-throttle.ts): an unknown token counts as a failure.
import { type AcceptInvitationBody, acceptInvitation, openInvitation, type ServiceContext } from '@wakai/services';
import { Hono } from 'hono';
import type { Env, ProxySettings } from '../auth.js';
import { invitationGuard } from '../invitation-throttle.js';
import { declared, jsonInput } from '../request-input.js';

export function invitationRoutes(ctx: ServiceContext, proxy: ProxySettings = {}) {
  const guarded = invitationGuard(ctx, proxy);
  return new Hono<Env>()
    .get('/:token', async (c) => c.json(await openInvitation(ctx, { token: c.req.param('token') })))
    .post('/:token', jsonInput(declared<AcceptInvitationBody>()), async (c) =>
      c.json(await guarded(c, () => acceptInvitation(ctx, { token: c.req.param('token'), body: c.req.valid('json') })), 201),
    );
}
