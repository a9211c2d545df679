import { contractSchema, creditorSchema } from '@wakai/core';
import { type Database, deleteCreditor, insertContract, touchCase, updateCreditor } from '@wakai/db';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { conflict } from '../app-error.js';
import type { Env } from '../auth.js';
import { creditorOf } from '../case-access.js';
import { editInput, jsonInput } from '../request-input.js';

export function creditorRoutes(db: Kysely<Database>) {
  const app = new Hono<Env>();

  app.put('/:creditorId', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const { input, version } = await editInput(c, creditorSchema, creditor);
    const updated = await updateCreditor(db, creditor.id, input, version);
    if (!updated) throw conflict();
    await touchCase(db, creditor.caseId);
    return c.json(updated);
  });

  app.delete('/:creditorId', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    await deleteCreditor(db, creditor.id);
    await touchCase(db, creditor.caseId);
    return c.json({ deleted: creditor.id });
  });

  app.post('/:creditorId/contracts', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const stored = await insertContract(db, creditor.id, await jsonInput(c, contractSchema));
    await touchCase(db, creditor.caseId);
    return c.json(stored, 201);
  });

  return app;
}
