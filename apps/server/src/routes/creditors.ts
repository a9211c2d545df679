import { contractSchema, creditorSchema } from '@wakai/core';
import { type Database, deleteCreditor, insertContract, touchCase, updateCreditor } from '@wakai/db';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { conflict } from '../app-error.js';
import type { Env } from '../auth.js';
import { creditorOf } from '../case-access.js';
import { jsonInput } from '../request-input.js';

/** Edits carry the version they were made against (optimistic concurrency). */
const version = z.number({ error: '版番号が必要です' }).int().optional();
export const creditorInputSchema = creditorSchema.extend({ version });
export const contractInputSchema = contractSchema.extend({ version });

export function creditorRoutes(db: Kysely<Database>) {
  const app = new Hono<Env>();

  app.put('/:creditorId', async (c) => {
    const creditor = await creditorOf(db, c.var.user, c.req.param('creditorId'));
    const { version: expected, ...input } = await jsonInput(c, creditorInputSchema);
    const updated = await updateCreditor(db, creditor.id, input, expected);
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
    const { version: _, ...input } = await jsonInput(c, contractInputSchema);
    const stored = await insertContract(db, creditor.id, input);
    await touchCase(db, creditor.caseId);
    return c.json(stored, 201);
  });

  return app;
}
