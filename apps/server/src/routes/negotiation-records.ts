// The records of a negotiation addressed by their own ids: contacts (and their files), offers,
// payments, breaches of an agreement, attached files.
import {
  attachFile,
  attachmentFile,
  type BreachEditBody,
  type ContactEditBody,
  editBreach,
  editContact,
  editOffer,
  type OfferEditBody,
  removeAttachment,
  removeBreach,
  removeContact,
  removeOffer,
  removePayment,
  type ServiceContext,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { attachmentDisposition, declared, jsonInput, queryInput } from '../request-input.js';

export function negotiationRecordRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .put('/contacts/:contactId', jsonInput(declared<ContactEditBody>()), async (c) =>
        c.json(await editContact(ctx, { user: c.var.user, contactId: c.req.param('contactId'), body: c.req.valid('json') })),
      )
      .delete('/contacts/:contactId', async (c) =>
        c.json(await removeContact(ctx, { user: c.var.user, contactId: c.req.param('contactId') })),
      )
      // The file in the body, its name in ?name=; its type must be one we accept and match its bytes.
      .post('/contacts/:contactId/attachments', queryInput(declared<{ name: string }>()), async (c) =>
        c.json(
          await attachFile(ctx, {
            user: c.var.user,
            contactId: c.req.param('contactId'),
            name: c.req.query('name') ?? '',
            declaredType: c.req.header('content-type') ?? '',
            content: new Uint8Array(await c.req.arrayBuffer()),
          }),
          201,
        ),
      )
      .get('/attachments/:attachmentId', async (c) => {
        const file = await attachmentFile(ctx, { user: c.var.user, attachmentId: c.req.param('attachmentId') });
        c.header('Content-Type', file.contentType);
        c.header('Content-Disposition', attachmentDisposition(file.fileName));
        c.header('X-Content-Type-Options', 'nosniff');
        return c.body(file.content);
      })
      .delete('/attachments/:attachmentId', async (c) =>
        c.json(await removeAttachment(ctx, { user: c.var.user, attachmentId: c.req.param('attachmentId') })),
      )
      .put('/offers/:offerId', jsonInput(declared<OfferEditBody>()), async (c) =>
        c.json(await editOffer(ctx, { user: c.var.user, offerId: c.req.param('offerId'), body: c.req.valid('json') })),
      )
      .delete('/offers/:offerId', async (c) => c.json(await removeOffer(ctx, { user: c.var.user, offerId: c.req.param('offerId') })))
      .delete('/payments/:paymentId', async (c) =>
        c.json(await removePayment(ctx, { user: c.var.user, paymentId: c.req.param('paymentId') })),
      )
      .put('/breaches/:breachId', jsonInput(declared<BreachEditBody>()), async (c) =>
        c.json(await editBreach(ctx, { user: c.var.user, breachId: c.req.param('breachId'), body: c.req.valid('json') })),
      )
      .delete('/breaches/:breachId', async (c) => c.json(await removeBreach(ctx, { user: c.var.user, breachId: c.req.param('breachId') })))
  );
}
