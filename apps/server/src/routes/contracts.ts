// /api/contracts/:id: a contract's facts, its history (read, saved whole, imported from a file) and
// its recalculation ledger.

import { columnMappingSchema } from '@wakai/core';
import {
  type ContractEditBody,
  cancelHistoryScan,
  checked,
  contractLedger,
  editContract,
  getContract,
  getHistory,
  type HistorySaveBody,
  historyScan,
  importHistory,
  ledgerRowWorking,
  ledgerVariants,
  removeContract,
  type ServiceContext,
  saveHistory,
  startHistoryScan,
  versionSchema,
} from '@wakai/services';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Env } from '../auth.js';
import { jsonInSlices } from '../json-slices.js';
import { declared, jsonInput, queryInput } from '../request-input.js';

/** The recalculation's options as texts (recalcOptionsFromQuery in @wakai/core reads them). */
type LedgerQuery = Record<string, string>;

/** An import's commit names the history's version in the query (the body is the file). */
const commitQuerySchema = z.object({ version: z.coerce.number().pipe(versionSchema) });
/** The user's mapping of the file's columns to ours, when it corrects the header's (`date,borrow,,repay`). */
const mappingQuerySchema = z.object({ columns: columnMappingSchema.optional() });

export function contractRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .get('/:contractId', async (c) => c.json(await getContract(ctx, { user: c.var.user, contractId: c.req.param('contractId') })))
      .put('/:contractId', jsonInput(declared<ContractEditBody>()), async (c) =>
        c.json(await editContract(ctx, { user: c.var.user, contractId: c.req.param('contractId'), body: c.req.valid('json') })),
      )
      .delete('/:contractId', async (c) => c.json(await removeContract(ctx, { user: c.var.user, contractId: c.req.param('contractId') })))
      .get('/:contractId/transactions', async (c) =>
        c.json(await getHistory(ctx, { user: c.var.user, contractId: c.req.param('contractId') })),
      )
      .put('/:contractId/transactions', jsonInput(declared<HistorySaveBody>()), async (c) =>
        c.json(await saveHistory(ctx, { user: c.var.user, contractId: c.req.param('contractId'), body: c.req.valid('json') })),
      )
      // A CSV or XLSX file in the body: a preview, or with ?commit=1&version=N saved in place of the history.
      .post('/:contractId/import', queryInput(declared<{ commit?: '1'; version?: string; columns?: string }>()), async (c) => {
        const commitAt = c.req.query('commit') === '1' ? checked(commitQuerySchema, c.req.query()).version : undefined;
        const mapping = checked(mappingQuerySchema, c.req.query()).columns;
        const file = new Uint8Array(await c.req.arrayBuffer());
        const read = await importHistory(ctx, {
          user: c.var.user,
          contractId: c.req.param('contractId'),
          file,
          ...(mapping === undefined ? {} : { mapping }),
          ...(commitAt === undefined ? {} : { commitAt }),
        });
        return jsonInSlices(c, read, 'transactions');
      })
      // A scan (PDF, PNG, JPEG) read by OCR: started here, then followed and cancelled by its id.
      .post('/:contractId/scans', async (c) =>
        c.json(
          await startHistoryScan(ctx, {
            user: c.var.user,
            contractId: c.req.param('contractId'),
            file: new Uint8Array(await c.req.arrayBuffer()),
          }),
        ),
      )
      .get('/:contractId/scans/:scanId', async (c) =>
        c.json(await historyScan(ctx, { user: c.var.user, contractId: c.req.param('contractId'), scanId: c.req.param('scanId') })),
      )
      .delete('/:contractId/scans/:scanId', async (c) =>
        c.json(await cancelHistoryScan(ctx, { user: c.var.user, contractId: c.req.param('contractId'), scanId: c.req.param('scanId') })),
      )
      .get('/:contractId/recalc', queryInput(declared<LedgerQuery & { working?: 'none'; variants?: 'none' }>()), async (c) => {
        const ledger = await contractLedger(ctx, {
          user: c.var.user,
          contractId: c.req.param('contractId'),
          query: c.req.query(),
          working: c.req.query('working') !== 'none',
          variants: c.req.query('variants') !== 'none',
        });
        if ('json' in ledger) return c.json(ledger.json);
        c.header('Content-Type', 'application/json; charset=utf-8');
        return c.body(ledger.text);
      })
      .get('/:contractId/recalc/variants', queryInput(declared<LedgerQuery>()), async (c) =>
        c.json(await ledgerVariants(ctx, { user: c.var.user, contractId: c.req.param('contractId'), query: c.req.query() })),
      )
      .get('/:contractId/recalc/rows/:index', queryInput(declared<LedgerQuery>()), async (c) =>
        c.json(
          await ledgerRowWorking(ctx, {
            user: c.var.user,
            contractId: c.req.param('contractId'),
            query: c.req.query(),
            index: Number(c.req.param('index')),
          }),
        ),
      )
  );
}
