// /api/cases: the user's cases, one case and everything hung on it (overview, diagnosis, case file,
// creditors, negotiation board, deadlines). Parse → service → response.
import {
  addCreditor,
  applyCaseFileMerge,
  assignStaff,
  caseAudit,
  caseDetail,
  caseDocument,
  caseDocumentChoices,
  caseMembers,
  caseNegotiationBoard,
  caseTrash,
  createCase,
  deadlinesIcs,
  deadlinesOf,
  diagnoseCaseFromQuery,
  editCase,
  exportCaseFile,
  getCaseOverview,
  importCaseFile,
  inviteDebtor,
  listCasesOf,
  pageOfCases,
  previewCaseFileMerge,
  removeCase,
  type ServiceContext,
  unassignMember,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { attachmentDisposition, jsonBody } from '../request-input.js';

export function caseRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      // ?page= or ?limit= asks for one page ({ items, total, page, limit }); without them every case, as before.
      .get('/', async (c) => {
        const { q = '', page, limit } = c.req.query();
        if (page === undefined && limit === undefined) return c.json(await listCasesOf(ctx, { user: c.var.user, search: q }));
        return c.json(await pageOfCases(ctx, { user: c.var.user, search: q, query: { page, limit } }));
      })
      .post('/', async (c) => c.json(await createCase(ctx, { user: c.var.user, input: await jsonBody(c) }), 201))
      .post('/import', async (c) => c.json(await importCaseFile(ctx, { user: c.var.user, json: await jsonBody(c) }), 201))
      .get('/:caseId', async (c) => c.json(await caseDetail(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .patch('/:caseId', async (c) =>
        c.json(await editCase(ctx, { user: c.var.user, caseId: c.req.param('caseId'), body: await jsonBody(c) })),
      )
      .delete('/:caseId', async (c) => c.json(await removeCase(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .get('/:caseId/overview', async (c) => c.json(await getCaseOverview(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .get('/:caseId/diagnosis', async (c) =>
        c.json(await diagnoseCaseFromQuery(ctx, { user: c.var.user, caseId: c.req.param('caseId'), query: c.req.query() })),
      )
      .get('/:caseId/export', async (c) => {
        const { file, fileName } = await exportCaseFile(ctx, { user: c.var.user, caseId: c.req.param('caseId') });
        c.header('Content-Disposition', attachmentDisposition(fileName));
        return c.json(file);
      })
      .post('/:caseId/creditors', async (c) =>
        c.json(await addCreditor(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: await jsonBody(c) }), 201),
      )
      // Who changed what, newest first: ?before=<id of the last entry shown>&limit=50
      .get('/:caseId/audit', async (c) =>
        c.json(await caseAudit(ctx, { user: c.var.user, caseId: c.req.param('caseId'), query: c.req.query() })),
      )
      // A case file (the debtor's) into this case: what would change, then — confirmed — applied.
      .post('/:caseId/import/preview', async (c) =>
        c.json(await previewCaseFileMerge(ctx, { user: c.var.user, caseId: c.req.param('caseId'), json: await jsonBody(c) })),
      )
      .post('/:caseId/import/apply', async (c) =>
        c.json(await applyCaseFileMerge(ctx, { user: c.var.user, caseId: c.req.param('caseId'), body: await jsonBody(c) })),
      )
      .get('/:caseId/trash', async (c) => c.json(await caseTrash(ctx, { user: c.var.user, caseId: c.req.param('caseId') })))
      .get('/:caseId/negotiation', async (c) =>
        c.json(await caseNegotiationBoard(ctx, { user: c.var.user, caseId: c.req.param('caseId') })),
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
      .post('/:caseId/members', async (c) =>
        c.json(await assignStaff(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: await jsonBody(c) }), 201),
      )
      .delete('/:caseId/members/:userId', async (c) =>
        c.json(await unassignMember(ctx, { user: c.var.user, caseId: c.req.param('caseId'), userId: c.req.param('userId') })),
      )
      .post('/:caseId/invitations', async (c) =>
        c.json(await inviteDebtor(ctx, { user: c.var.user, caseId: c.req.param('caseId'), input: await jsonBody(c) }), 201),
      )
      // A case's own deadlines as a calendar (the debtor's view of their one case).
      .get('/:caseId/deadlines.ics', async (c) => {
        const deadlines = await deadlinesOf(ctx, { user: c.var.user, caseId: c.req.param('caseId') });
        c.header('Content-Type', 'text/calendar; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="wakai-deadlines.ics"');
        return c.body(deadlinesIcs(ctx, deadlines));
      })
  );
}
