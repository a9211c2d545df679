// Negotiation with each creditor: the case's board, one creditor's file, status changes, contacts
// and their files, offers, the written agreement, payments; the deadlines of every case and their
// calendar. Every route finds the creditor through creditorOf (the owner check).
import {
  agreementTermsSchema,
  closesOpenActions,
  contactSchema,
  contractSchema,
  creditorSchema,
  groupDeadlines,
  offerSchema,
  paymentSchema,
  statusChangeSchema,
  transitionFacts,
  transitionProblem,
} from '@wakai/core';
import {
  changeStatus,
  closeNextActions,
  creditorIdOf,
  type Database,
  deleteAttachment,
  deleteContact,
  deleteOffer,
  deletePayment,
  getAgreement,
  getContact,
  getOffer,
  insertAttachment,
  insertContact,
  insertContract,
  insertCreditor,
  insertOffer,
  insertPayment,
  type StoredContact,
  type StoredOffer,
  saveAgreement,
  touchCase,
  updateContact,
  updateOffer,
} from '@wakai/db';
import { deadlinesCalendar } from '@wakai/documents';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { AppError, conflict, notFound } from '../app-error.js';
import { attachmentName, attachmentTypes, inspectAttachment } from '../attachment-check.js';
import type { Env } from '../auth.js';
import { attachmentOf, caseOf, creditorOf, creditorOfRecord, creditorWithCase } from '../case-access.js';
import { type CreditorNegotiation, caseNegotiation, deadlinesOfOwner, type FiguresFor } from '../case-negotiation.js';
import { editInput, jsonInput, versionSchema } from '../request-input.js';
import { todayInJapan } from '../today.js';

function creditorJson({ creditor, stored, context, view, deadlines }: CreditorNegotiation) {
  const { contracts: _, ...rest } = creditor;
  return { creditor: rest, record: stored, context, view, deadlines };
}

export function negotiationRoutes(db: Kysely<Database>, figuresFor: FiguresFor) {
  const app = new Hono<Env>();

  /** One creditor's file, computed with the whole case (its share of the budget needs every debt). */
  async function creditorNegotiation(user: Env['Variables']['user'], creditorId: string) {
    const { creditor, stored } = await creditorWithCase(db, user, creditorId);
    const today = todayInJapan();
    const [found] = await caseNegotiation(db, stored, today, figuresFor, creditor.id);
    if (!found) throw notFound();
    return { today, stored, found };
  }

  app.get('/cases/:caseId/negotiation', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const today = todayInJapan();
    const creditors = await caseNegotiation(db, stored, today, figuresFor);
    return c.json({
      today,
      case: { id: stored.id, title: stored.title, debtorName: stored.debtor.name, stepNorms: stored.stepNorms, version: stored.version },
      creditors: creditors.map(creditorJson),
    });
  });

  app.get('/creditors/:creditorId/negotiation', async (c) => {
    const { today, stored, found } = await creditorNegotiation(c.var.user, c.req.param('creditorId'));
    return c.json({ today, case: { id: stored.id, title: stored.title, debtorName: stored.debtor.name }, ...creditorJson(found) });
  });

  app.post('/creditors/:creditorId/status', async (c) => {
    const { today, found } = await creditorNegotiation(c.var.user, c.req.param('creditorId'));
    const input = await jsonInput(c, statusChangeSchema.extend({ version: versionSchema }));
    const record = { status: found.creditor.status, ...found.stored };
    const problem = transitionProblem(found.creditor.status, input, transitionFacts(record, found.view.payments, today));
    if (problem) throw new AppError('validation', problem, { fields: [{ path: ['to'], message: problem }] });
    const creditor = found.creditor;
    const moved = await db.transaction().execute(async (trx) => {
      const updated = await changeStatus(trx, creditor.id, input.version, {
        status: input.to,
        date: input.date,
        note: input.note,
        successor: input.successor,
      });
      if (!updated) throw conflict();
      // 代位弁済 / 債権譲渡: the debt now sits with a new creditor, who starts at the beginning.
      if (input.to === 'subrogated' || input.to === 'assigned') {
        const successor = await insertCreditor(
          trx,
          creditor.caseId,
          creditorSchema.parse({
            name: input.successor,
            kind: input.to === 'subrogated' ? 'guarantor-company' : 'servicer',
            note: `${creditor.name}から${input.to === 'subrogated' ? '代位弁済' : '債権譲渡'}(${input.date})`,
          }),
        );
        const claimed = creditor.contracts.reduce((sum, k) => sum + (k.claimedBalance ?? 0), 0);
        await insertContract(
          trx,
          successor.id,
          contractSchema.parse({ label: `${creditor.name}の債権`, claimedBalance: claimed > 0 ? claimed : null }),
        );
      }
      // The next actions promised before the agreement was signed (or the talks ended) are behind us.
      if (closesOpenActions(input.to)) await closeNextActions(trx, creditor.id, input.date);
      await touchCase(trx, creditor.caseId);
      return updated;
    });
    return c.json(moved);
  });

  app.post('/creditors/:creditorId/contacts', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const contact = await insertContact(db, creditor.id, await jsonInput(c, contactSchema));
    await touchCase(db, creditor.caseId);
    return c.json(contact, 201);
  });

  app.put('/contacts/:contactId', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'contacts', c.req.param('contactId'));
    const stored = (await getContact(db, c.req.param('contactId'))) as StoredContact;
    const { input, version } = await editInput(c, contactSchema, stored);
    if (!(await updateContact(db, stored.id, input, version))) throw conflict();
    await touchCase(db, creditor.caseId);
    return c.json({ saved: true });
  });

  app.delete('/contacts/:contactId', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'contacts', c.req.param('contactId'));
    await deleteContact(db, c.req.param('contactId'));
    await touchCase(db, creditor.caseId);
    return c.json({ deleted: c.req.param('contactId') });
  });

  /** A file in the body; its name in ?name=; its type must be one we accept and match its bytes. */
  app.post('/contacts/:contactId/attachments', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'contacts', c.req.param('contactId'));
    const content = new Uint8Array(await c.req.arrayBuffer());
    const fileName = attachmentName(c.req.query('name') ?? '');
    const inspected = await inspectAttachment(fileName, c.req.header('content-type') ?? '', content);
    if (!inspected.ok) throw new AppError(inspected.problem.tooLarge ? 'tooLarge' : 'validation', inspected.problem.ja);
    const stored = await insertAttachment(db, c.req.param('contactId'), { fileName, contentType: inspected.contentType, content });
    await touchCase(db, creditor.caseId);
    return c.json(stored, 201);
  });

  app.get('/attachments/:attachmentId', async (c) => {
    const { file } = await attachmentOf(db, c.var.user, c.req.param('attachmentId'));
    // A type stored before imports were checked may be anything (even hold a line break): sent as bytes then.
    c.header('Content-Type', attachmentTypes.includes(file.contentType) ? file.contentType : 'application/octet-stream');
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(file.content));
  });

  app.delete('/attachments/:attachmentId', async (c) => {
    const { file, creditor } = await attachmentOf(db, c.var.user, c.req.param('attachmentId'));
    await deleteAttachment(db, file.id);
    await touchCase(db, creditor.caseId);
    return c.json({ deleted: file.id });
  });

  async function checkContactOf(creditorId: string, contactId: string | null) {
    if (contactId !== null && (await creditorIdOf(db, 'contacts', contactId)) !== creditorId)
      throw new AppError('validation', 'その連絡記録はこの債権者のものではありません', {
        fields: [{ path: ['contactId'], message: '連絡記録を選び直してください' }],
      });
  }

  app.post('/creditors/:creditorId/offers', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const input = await jsonInput(c, offerSchema);
    await checkContactOf(creditor.id, input.contactId);
    const offer = await insertOffer(db, creditor.id, input);
    await touchCase(db, creditor.caseId);
    return c.json(offer, 201);
  });

  app.put('/offers/:offerId', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'offers', c.req.param('offerId'));
    const stored = (await getOffer(db, c.req.param('offerId'))) as StoredOffer;
    const { input, version } = await editInput(c, offerSchema, stored);
    await checkContactOf(creditor.id, input.contactId);
    const offer = await updateOffer(db, stored.id, input, version);
    if (!offer) throw conflict();
    await touchCase(db, creditor.caseId);
    return c.json(offer);
  });

  app.delete('/offers/:offerId', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'offers', c.req.param('offerId'));
    await deleteOffer(db, c.req.param('offerId'));
    await touchCase(db, creditor.caseId);
    return c.json({ deleted: c.req.param('offerId') });
  });

  /** The agreement's terms; `version` null for the first save (a field left out keeps its stored value). */
  app.put('/creditors/:creditorId/agreement', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const stored = await getAgreement(db, creditor.id);
    const { input, version } = await editInput(c, agreementTermsSchema, stored?.terms ?? {}, versionSchema.nullable());
    const saved = await saveAgreement(db, creditor.id, input, version);
    if (saved === undefined) throw conflict();
    await touchCase(db, creditor.caseId);
    return c.json({ version: saved });
  });

  app.post('/creditors/:creditorId/payments', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const input = await jsonInput(c, paymentSchema);
    const today = todayInJapan();
    if (input.paidOn > today)
      throw new AppError('validation', `支払日(${input.paidOn})が今日より後です`, {
        fields: [{ path: ['paidOn'], message: '支払日は今日以前にしてください' }],
      });
    const payment = await insertPayment(db, creditor.id, input);
    await touchCase(db, creditor.caseId);
    return c.json(payment, 201);
  });

  app.delete('/payments/:paymentId', async (c) => {
    const creditor = await creditorOfRecord(db, c.var.user, 'payments', c.req.param('paymentId'));
    await deletePayment(db, c.req.param('paymentId'));
    await touchCase(db, creditor.caseId);
    return c.json({ deleted: c.req.param('paymentId') });
  });

  app.get('/deadlines', async (c) => {
    const today = todayInJapan();
    const days = Number(c.req.query('days') ?? 60);
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new AppError('validation', '日数は1〜3650の整数で指定してください');
    const deadlines = await deadlinesOfOwner(db, c.var.user.id, today, figuresFor);
    const groups = groupDeadlines(deadlines, today, days);
    return c.json({ today, days, overdue: groups.overdue, dueToday: groups.today, thisWeek: groups.thisWeek, later: groups.later });
  });

  /** The deadlines from today on (and the overdue ones) as an .ics file for the user's calendar. */
  app.get('/deadlines.ics', async (c) => {
    const deadlines = await deadlinesOfOwner(db, c.var.user.id, todayInJapan(), figuresFor);
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="wakai-deadlines.ics"`);
    return c.body(deadlinesCalendar(deadlines, new Date()));
  });

  // A case's own deadlines as a calendar (the debtor's view of their one case).
  app.get('/cases/:caseId/deadlines.ics', async (c) => {
    const stored = await caseOf(db, c.var.user, c.req.param('caseId'));
    const creditors = await caseNegotiation(db, stored, todayInJapan(), figuresFor);
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="wakai-deadlines.ics"`);
    return c.body(
      deadlinesCalendar(
        creditors.flatMap((cr) => cr.deadlines).sort((a, b) => a.date.localeCompare(b.date)),
        new Date(),
      ),
    );
  });

  return app;
}
