// Guessing invitation tokens is slowed per client as password guessing is (login-throttle.ts): an
// unknown token counts as a failure. One guard for every route a token opens (the invitation page,
// the case file sent from the debtor's own Wakai), counted together in the database so that every
// server process sees the same guesses, apart from logins.
import { AppError, databaseLoginAttempts, type ServiceContext } from '@wakai/services';
import type { Context } from 'hono';
import { clientAddress, type ProxySettings } from './auth.js';
import { type LoginLimits, loginThrottle } from './login-throttle.js';

/** Unknown tokens from one client before its attempts must wait (doubling from 30 s). */
const invitationLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 10, perClient: 10 };

/** Runs a use case behind a token unless this client has guessed too often. */
export type InvitationGuard = <T>(c: Context, run: () => Promise<T>) => Promise<T>;

export function invitationGuard(ctx: ServiceContext, proxy: ProxySettings): InvitationGuard {
  const throttle = loginThrottle(invitationLimits, databaseLoginAttempts(ctx, 'invitation'));
  return async (c, run) => {
    const source = { client: clientAddress(c, proxy) };
    const wait = await throttle.attempt('invitation', source);
    if (wait !== undefined)
      throw new AppError(
        'tooManyRequests',
        `使えない招待リンクでの操作が続いたため、しばらく受け付けません。${Math.ceil(wait / 60)}分ほど待ってからもう一度お試しください`,
        { retryAfterSeconds: wait },
      );
    try {
      const result = await run();
      await throttle.succeeded('invitation', source);
      return result;
    } catch (error) {
      // Past the token (a weak password, an e-mail taken, a file refused): not a guess.
      if (!(error instanceof AppError && error.code === 'notFound')) await throttle.succeeded('invitation', source);
      throw error;
    }
  };
}
