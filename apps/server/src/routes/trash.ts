// /api/trash: the user's deleted cases, and putting back anything deleted (a case, or a record in one).
import { restoreFromTrash, type ServiceContext, trashedCases } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';

export function trashRoutes(ctx: ServiceContext) {
  return new Hono<Env>()
    .get('/cases', async (c) => c.json(await trashedCases(ctx, { user: c.var.user })))
    .post('/:trashId/restore', async (c) => c.json(await restoreFromTrash(ctx, { user: c.var.user, trashId: c.req.param('trashId') })));
}
