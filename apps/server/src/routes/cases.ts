// /api/cases: the user's cases, one case and everything hung on it (overview, diagnosis, case file,
// creditors, negotiation board, deadlines). Parse → service → response.
import {
  type AssignStaffBody,
  addCreditor,
  applyCaseFileMerge,
  assignStaff,
  type CaseEditBody,
  type CaseFileApplyBody,
  type CaseFileBody,
  caseAudit,
  caseDetail,
  caseDocument,
  caseDocumentChoices,
  caseMembers,
  caseNegotiationBoard,
  caseTrash,
  createCase,
  deadlinesIcsStream,
  diagnoseCaseFromQuery,
  editCase,
  exportCaseFile,
  getCaseOverview,
  type InvitationBody,
  importCaseFile,
  inviteDebtor,
  listCasesOf,
  type NewCaseBody,
  type NewCreditorBody,
  pageOfCases,
  previewCaseFileMerge,
  removeCase,
  type ServiceContext,
  unassignMember,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { jsonText } from '../json-text.js';
import { attachmentDisposition, declared, jsonInput, queryInput } from '../request-input.js';

/** The diagnosis's settings, each a text (diagnosisSettingsFromQuery in @wakai/core reads them). */
type DiagnosisQuery = Record<string, string>;

export function caseRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      // ?page= or ?limit= asks for one page ({ items, total, page, limit }); without them every case, as before.
      .get('/', queryInput(declared<{ q?: string; page?: string; limit?: string }>()), async (c) => {
        const { q = '', page, limit } = c.req.valid('query');
        if (page === undefined && limit === undefined) return c.json(await listCasesOf(ctx, { user: c.var.user, search: q }));
        return c.json(await pageOfCases(ctx, { user: c.var.user, search: q, query: { page, limit } }));
      })
      .post('/', jsonInput(declared<NewCaseBody>()), async (c) =>
        c.json(await createCase(ctx, { user: c.var.user, input: c.req.valid('json') }), 201),
      )
      .post('/import', jsonInput(declared<CaseFileBody>()), async (c) =>
        c.json(await importCaseFile(ctx, { user: c.var.user, json: c.req.valid('json') }), 201),
      )
      .get('/:caseId', async (c) => c.json(await caseDetail(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .patch('/:caseId', jsonInput(declared<CaseEditBody>()), async (c) =>
        c.json(await editCase(ctx, { user: c.var.user, caseId: c.req.param('caseId'), body: c.req.valid('json') })),
      )
      .delete('/:caseId', async (c) => c.json(await removeCase(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      // The overview as stored (its JSON text, not parsed again).
      .get('/:caseId/overview', async (c) => jsonText(c, await getCaseOverview(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .get('/:caseId/diagnosis', queryInput(declared<DiagnosisQuery>()), async (c) =>
        c.json(await diagnoseCaseFromQuery(ctx, { user: c.var.user, caseId: c.req.param('caseId'), query: c.req.query() })),
      )
      .get('/:caseId/export', async (c) => {
        const { file, fileName } = await exportCaseFile(ctx, { user: c.var.user, caseId: c.req.param('caseId') });
        c.header('Content-Disposition', attachmentDisposition(fileName));
        return c.json(file);
      })
      .post('/:caseId/creditors', jsonInput(declared<NewCreditorBody>()), async (c) =>
        c.json(await addCreditor(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: c.req.valid('json') }), 201),
      )
      // Who changed what, newest first: ?before=<id of the last entry shown>&limit=50
      .get('/:caseId/audit', queryInput(declared<{ before?: string; limit?: string }>()), async (c) =>
        c.json(await caseAudit(ctx, { user: c.var.user, caseId: c.req.param('caseId'), query: c.req.query() })),
      )
      // A case file (the debtor's) into this case: what would change, then — confirmed — applied.
      .post('/:caseId/import/preview', jsonInput(declared<CaseFileBody>()), async (c) =>
        c.json(await previewCaseFileMerge(ctx, { user: c.var.user, caseId: c.req.param('caseId'), json: c.req.valid('json') })),
      )
      .post('/:caseId/import/apply', jsonInput(declared<CaseFileApplyBody>()), async (c) =>
        c.json(await applyCaseFileMerge(ctx, { user: c.var.user, caseId: c.req.param('caseId'), body: c.req.valid('json') })),
      )
      .get('/:caseId/trash', async (c) => c.json(await caseTrash(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      // The board as stored (its JSON text, not parsed again).
      .get('/:caseId/negotiation', async (c) =>
        jsonText(c, await caseNegotiationBoard(ctx, { user: c.var.user, caseId: c.req.param('caseId') })),
      )
      .get('/:caseId/documents', async (c) => c.json(await caseDocumentChoices(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      // One document as a file: ?format=pdf|docx|xlsx&creditor=ID|all&contract=ID&sender=office|debtor …
      .get('/:caseId/documents/:kind', async (c) => {
        const document = await caseDocument(ctx, {
          user: c.var.user,
          caseId: c.req.param('caseId'),
          kind: c.req.param('kind'),
          request: c.req.query(),
        });
        c.header('Content-Type', document.contentType);
        c.header('Content-Disposition', attachmentDisposition(document.fileName));
        c.header('X-Content-Type-Options', 'nosniff');
        return c.body(new Uint8Array(document.bytes));
      })
      // Who shares the case (assigned staff, the invited debtor) and its invitations; the owner changes them.
      .get('/:caseId/members', async (c) => c.json(await caseMembers(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .post('/:caseId/members', jsonInput(declared<AssignStaffBody>()), async (c) =>
        c.json(await assignStaff(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: c.req.valid('json') }), 201),
      )
      .delete('/:caseId/members/:userId', async (c) =>
        c.json(await unassignMember(ctx, { user: c.var.user, caseId: c.req.param('caseId'), userId: c.req.param('userId') })),
      )
      .post('/:caseId/invitations', jsonInput(declared<InvitationBody>()), async (c) =>
        c.json(await inviteDebtor(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: c.req.valid('json') }), 201),
      )
      // A case's own deadlines as a calendar (the debtor's view of their one case).
      .get('/:caseId/deadlines.ics', async (c) => {
        const file = await deadlinesIcsStream(ctx, { user: c.var.user, caseId: c.req.param('caseId') });
        c.header('Content-Type', 'text/calendar; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="wakai-deadlines.ics"');
        return c.body(file);
      })
  );
}
