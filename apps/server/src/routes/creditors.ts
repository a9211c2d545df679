// /api/creditors/:id: a creditor's facts, its contracts and its whole negotiation (the file, the step,
// contacts, offers, the agreement, payments, breaches of the agreement).
import {
  addContract,
  creditorNegotiationFile,
  editCreditor,
  moveCreditorStatus,
  previewCoach,
  recordBreach,
  recordContact,
  recordOffer,
  recordPayment,
  removeCreditor,
  type ServiceContext,
  saveAgreementTerms,
  submitDocument,
  undoCreditorStatus,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { jsonBody } from '../request-input.js';

export function creditorRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .put('/:creditorId', async (c) =>
        c.json(await editCreditor(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: await jsonBody(c) })),
      )
      .delete('/:creditorId', async (c) => c.json(await removeCreditor(ctx, { user: c.var.user, creditorId: c.req.param('creditorId') })))
      .post('/:creditorId/contracts', async (c) =>
        c.json(await addContract(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) }), 201),
      )
      .get('/:creditorId/negotiation', async (c) =>
        c.json(await creditorNegotiationFile(ctx, { user: c.var.user, creditorId: c.req.param('creditorId') })),
      )
      .post('/:creditorId/status', async (c) =>
        c.json(await moveCreditorStatus(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) })),
      )
      // The last step taken back (kept in the history as undone): body { version }.
      .post('/:creditorId/status/undo', async (c) =>
        c.json(await undoCreditorStatus(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) })),
      )
      .post('/:creditorId/contacts', async (c) =>
        c.json(await recordContact(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) }), 201),
      )
      // What the coach says about a draft contact, offer or step before it is saved.
      .post('/:creditorId/coach-preview', async (c) =>
        c.json(await previewCoach(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: await jsonBody(c) })),
      )
      .post('/:creditorId/offers', async (c) =>
        c.json(await recordOffer(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) }), 201),
      )
      .put('/:creditorId/agreement', async (c) =>
        c.json(await saveAgreementTerms(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: await jsonBody(c) })),
      )
      .post('/:creditorId/payments', async (c) =>
        c.json(await recordPayment(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) }), 201),
      )
      .post('/:creditorId/breaches', async (c) =>
        c.json(await recordBreach(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: await jsonBody(c) }), 201),
      )
      // A document handed in (the debtor's too): the file in the body, its name in ?name=.
      .post('/:creditorId/documents', async (c) =>
        c.json(
          await submitDocument(ctx, {
            user: c.var.user,
            creditorId: c.req.param('creditorId'),
            name: c.req.query('name') ?? '',
            declaredType: c.req.header('content-type') ?? '',
            content: new Uint8Array(await c.req.arrayBuffer()),
          }),
          201,
        ),
      )
  );
}
