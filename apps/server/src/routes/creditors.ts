// /api/creditors/:id: a creditor's facts, its contracts and its whole negotiation (the file, the step,
// contacts, offers, the agreement, payments, breaches of the agreement).
import {
  type AgreementTermsBody,
  addContract,
  type CoachPreviewBody,
  type CreditorEditBody,
  creditorNegotiationFile,
  editCreditor,
  moveCreditorStatus,
  type NewBreachBody,
  type NewContactBody,
  type NewContractBody,
  type NewOfferBody,
  type NewPaymentBody,
  previewCoach,
  recordBreach,
  recordContact,
  recordOffer,
  recordPayment,
  removeCreditor,
  type ServiceContext,
  type StatusMoveBody,
  saveAgreementTerms,
  submitDocument,
  undoCreditorStatus,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { declared, jsonInput, queryInput } from '../request-input.js';

export function creditorRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .put('/:creditorId', jsonInput(declared<CreditorEditBody>()), async (c) =>
        c.json(await editCreditor(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: c.req.valid('json') })),
      )
      .delete('/:creditorId', async (c) => c.json(await removeCreditor(ctx, { user: c.var.user, creditorId: c.req.param('creditorId') })))
      .post('/:creditorId/contracts', jsonInput(declared<NewContractBody>()), async (c) =>
        c.json(await addContract(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') }), 201),
      )
      .get('/:creditorId/negotiation', async (c) =>
        c.json(await creditorNegotiationFile(ctx, { user: c.var.user, creditorId: c.req.param('creditorId') })),
      )
      .post('/:creditorId/status', jsonInput(declared<StatusMoveBody>()), async (c) =>
        c.json(await moveCreditorStatus(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') })),
      )
      // The last step taken back (kept in the history as undone): body { version }.
      .post('/:creditorId/status/undo', jsonInput(declared<{ version: number }>()), async (c) =>
        c.json(await undoCreditorStatus(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') })),
      )
      .post('/:creditorId/contacts', jsonInput(declared<NewContactBody>()), async (c) =>
        c.json(await recordContact(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') }), 201),
      )
      // What the coach says about a draft contact, offer or step before it is saved.
      .post('/:creditorId/coach-preview', jsonInput(declared<CoachPreviewBody>()), async (c) =>
        c.json(await previewCoach(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: c.req.valid('json') })),
      )
      .post('/:creditorId/offers', jsonInput(declared<NewOfferBody>()), async (c) =>
        c.json(await recordOffer(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') }), 201),
      )
      .put('/:creditorId/agreement', jsonInput(declared<AgreementTermsBody>()), async (c) =>
        c.json(await saveAgreementTerms(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), body: c.req.valid('json') })),
      )
      .post('/:creditorId/payments', jsonInput(declared<NewPaymentBody>()), async (c) =>
        c.json(await recordPayment(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') }), 201),
      )
      .post('/:creditorId/breaches', jsonInput(declared<NewBreachBody>()), async (c) =>
        c.json(await recordBreach(ctx, { user: c.var.user, creditorId: c.req.param('creditorId'), input: c.req.valid('json') }), 201),
      )
      // A document handed in (the debtor's too): the file in the body, its name in ?name=.
      .post('/:creditorId/documents', queryInput(declared<{ name: string }>()), async (c) =>
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
