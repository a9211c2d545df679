// /api/invitations/:token/case-file/preview|apply: the debtor's case file sent from their own Wakai
// on another origin (the static build on their phone). The token in the path is the only credential
// — no cookie is read here — so any origin may call exactly these two routes (CORS without
// credentials); every other route keeps its same-origin check. Unknown tokens are slowed per client
// as in routes/invitations.ts, counted together with them.
import {
  AppError,
  applyInvitedCaseFile,
  type CaseFileApplyBody,
  type CaseFileBody,
  databaseLoginAttempts,
  previewInvitedCaseFile,
  type ServiceContext,
} from '@wakai/services';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { clientAddress, type Env, type ProxySettings } from '../auth.js';
import { type LoginLimits, loginThrottle } from '../login-throttle.js';
import { declared, jsonInput } from '../request-input.js';

/** As for the invitation page: unknown tokens from one client before its attempts must wait. */
const uploadLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 10, perClient: 10 };

export function invitationUploadRoutes(ctx: ServiceContext, proxy: ProxySettings = {}) {
  const throttle = loginThrottle(uploadLimits, databaseLoginAttempts(ctx, 'invitation'));

  /** Runs the use case unless this client has guessed too often; an unusable token counts as a guess. */
  async function guarded<T>(c: Context, run: () => Promise<T>): Promise<T> {
    const source = { client: clientAddress(c, proxy) };
    const wait = await throttle.attempt('invitation', source);
    if (wait !== undefined)
      throw new AppError(
        'tooManyRequests',
        `使えない招待リンクでの送信が続いたため、しばらく受け付けません。${Math.ceil(wait / 60)}分ほど待ってからもう一度お試しください`,
        { retryAfterSeconds: wait },
      );
    try {
      const result = await run();
      await throttle.succeeded('invitation', source);
      return result;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'notFound')) await throttle.succeeded('invitation', source);
      throw error;
    }
  }

  return (
    new Hono<Env>()
      // Any page may send (the debtor's Wakai is wherever they opened it); no credentials, so the
      // browser sends no cookie of ours and a page cannot act as a signed-in user here.
      .use('/:token/case-file/*', cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 600 }))
      .post('/:token/case-file/preview', jsonInput(declared<CaseFileBody>()), async (c) =>
        c.json(await guarded(c, () => previewInvitedCaseFile(ctx, { token: c.req.param('token'), json: c.req.valid('json') }))),
      )
      .post('/:token/case-file/apply', jsonInput(declared<CaseFileApplyBody>()), async (c) =>
        c.json(await guarded(c, () => applyInvitedCaseFile(ctx, { token: c.req.param('token'), body: c.req.valid('json') }))),
      )
  );
}
