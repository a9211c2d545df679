// The negotiation coach: a creditor's preparation sheet (checked like every creditor route: only
// the case's owner sees it) and the signed-in office's own notes on creditors.
import { type CreditorNotesBody, creditorNotesOf, creditorPreparation, type ServiceContext, saveCreditorNotesOf } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { declared, jsonInput } from '../request-input.js';

export function coachRoutes(ctx: ServiceContext) {
  return new Hono<Env>()
    .get('/creditors/:creditorId/preparation', async (c) =>
      c.json(await creditorPreparation(ctx, { user: c.var.user, creditorId: c.req.param('creditorId') })),
    )
    .get('/creditor-notes', async (c) => c.json(await creditorNotesOf(ctx, { user: c.var.user })))
    .put('/creditor-notes', jsonInput(declared<CreditorNotesBody>()), async (c) =>
      c.json(await saveCreditorNotesOf(ctx, { user: c.var.user, body: c.req.valid('json') })),
    );
}
