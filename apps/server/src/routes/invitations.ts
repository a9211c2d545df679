// /api/invitations/:token: the debtor's one-time link, before any login — what it is for, and
// setting the password that makes the debtor's account. Guessing tokens is slowed per client as
// password guessing is (login-throttle.ts): an unknown token counts as a failure.
import {
  type AcceptInvitationBody,
  AppError,
  acceptInvitation,
  databaseLoginAttempts,
  openInvitation,
  type ServiceContext,
} from '@wakai/services';
import { Hono } from 'hono';
import { clientAddress, type Env, type ProxySettings } from '../auth.js';
import { type LoginLimits, loginThrottle } from '../login-throttle.js';
import { declared, jsonInput } from '../request-input.js';

/** Unknown tokens from one client before its attempts must wait (doubling from 30 s). */
const invitationLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 10, perClient: 10 };

export function invitationRoutes(ctx: ServiceContext, proxy: ProxySettings = {}) {
  // Counted apart from logins, in the database: every server process sees the same guesses.
  const throttle = loginThrottle(invitationLimits, databaseLoginAttempts(ctx, 'invitation'));
  return new Hono<Env>()
    .get('/:token', async (c) => c.json(await openInvitation(ctx, { token: c.req.param('token') })))
    .post('/:token', jsonInput(declared<AcceptInvitationBody>()), async (c) => {
      const source = { client: clientAddress(c, proxy) };
      const wait = await throttle.attempt('invitation', source);
      if (wait !== undefined)
        throw new AppError(
          'tooManyRequests',
          `使えない招待リンクでの操作が続いたため、しばらく受け付けません。${Math.ceil(wait / 60)}分ほど待ってからもう一度お試しください`,
          {
            retryAfterSeconds: wait,
          },
        );
      try {
        const accepted = await acceptInvitation(ctx, { token: c.req.param('token'), body: c.req.valid('json') });
        await throttle.succeeded('invitation', source);
        return c.json(accepted, 201);
      } catch (error) {
        // Past the token (a weak password, an e-mail taken): not a guess.
        if (!(error instanceof AppError && error.code === 'notFound')) await throttle.succeeded('invitation', source);
        throw error;
      }
    });
}
