// /api/invitations/:token/case-file/preview|apply: the debtor's case file sent from their own Wakai
// on another origin (the static build on their phone). The token in the path is the only credential
// — no cookie is read here — so any origin may call exactly these two routes (CORS without
// credentials); every other route keeps its same-origin check. Unknown tokens are slowed per client
// (invitation-throttle.ts), counted together with the invitation page's.
import {
  applyInvitedCaseFile,
  type CaseFileApplyBody,
  type CaseFileBody,
  previewInvitedCaseFile,
  type ServiceContext,
} from '@wakai/services';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Env, ProxySettings } from '../auth.js';
import { invitationGuard } from '../invitation-throttle.js';
import { declared, jsonInput } from '../request-input.js';

export function invitationUploadRoutes(ctx: ServiceContext, proxy: ProxySettings = {}) {
  const guarded = invitationGuard(ctx, proxy);
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
