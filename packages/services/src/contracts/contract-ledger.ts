// The recalculation ledger of a contract under its own options and the ones asked for; one row's
// working; what each other convention would give.
import {
  contractRecalcOptions,
  engineTransactions,
  explainRow,
  RecalcInputError,
  type RecalcJson,
  type RecalcVariant,
  recalcJson,
  recalcJsonText,
  recalcOptionsFromQuery,
  recalcOptionsSchema,
  recalculate,
  recalcVariants,
} from '@wakai/core';
import { listTransactions, type StoredContract, type User } from '@wakai/db';
import { contractOf } from '../access.js';
import { AppError, checked, notFound } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { ledgerTexts } from './ledger-texts.js';

type LedgerArgs = { user: User; contractId: string; query: Record<string, string> };

/**
 * The ledger as JSON: every row's working unless `working` is false (a long history's page asks
 * for one row's when it is opened), and the other conventions unless `variants` is false. Without
 * variants it comes as the core's fast JSON text (a 40,000-row ledger).
 */
export type ContractLedger = (RecalcJson & { variants?: RecalcVariant[] }) | { empty: true };

export async function contractLedger(
  ctx: ServiceContext,
  { working = true, variants = true, ...args }: LedgerArgs & { working?: boolean; variants?: boolean },
): Promise<{ json: ContractLedger } | { text: string }> {
  const contract = await contractOf(ctx.db, args.user, args.contractId, 'debtor');
  const options = ledgerOptions(contract, args.query);
  const key = `${contract.id}:${contract.historyVersion}:${JSON.stringify(options)}:${working}:${variants}`;
  const texts = ledgerTexts(ctx);
  const cached = texts.get(key);
  if (cached !== undefined) return { text: cached };
  const ledger = await ledgerOf(ctx, contract, args.query);
  if (!ledger) return { json: { empty: true as const } };
  const text = variants
    ? JSON.stringify({ ...recalcJson(ledger.result, { working }), variants: recalcVariants(ledger.history, ledger.options) })
    : recalcJsonText(ledger.result, { working });
  texts.set(key, text);
  return { text };
}

/** One ledger row's working, under the same options as the ledger. */
export async function ledgerRowWorking(ctx: ServiceContext, { index, ...args }: LedgerArgs & { index: number }) {
  const ledger = await ledgerOf(ctx, await contractOf(ctx.db, args.user, args.contractId, 'debtor'), args.query);
  const row = Number.isSafeInteger(index) ? ledger?.result.rows[index] : undefined;
  if (!ledger || !row) throw notFound();
  return { index, working: explainRow(row, ledger.result.options.rounding) };
}

/** What each other convention would give, alone (the ledger's second table). */
export async function ledgerVariants(ctx: ServiceContext, args: LedgerArgs) {
  const ledger = await ledgerOf(ctx, await contractOf(ctx.db, args.user, args.contractId, 'debtor'), args.query);
  return { variants: ledger ? recalcVariants(ledger.history, ledger.options) : [] };
}

/** The contract's own options (its stored rate stands where the history states none) under the query's. */
function ledgerOptions(contract: StoredContract, query: Record<string, string>) {
  return { ...contractRecalcOptions(contract), ...checked(recalcOptionsSchema, recalcOptionsFromQuery(query)) };
}

/** The contract's history recalculated under its own options and the query's; undefined without a history. */
async function ledgerOf(ctx: ServiceContext, contract: StoredContract, query: Record<string, string>) {
  const options = ledgerOptions(contract, query);
  const history = engineTransactions((await listTransactions(ctx.db, [contract.id])).get(contract.id) ?? []);
  if (history.length === 0) return undefined;
  try {
    return { result: recalculate(history, options), history, options };
  } catch (error) {
    if (error instanceof RecalcInputError) throw new AppError('validation', `計算できません: ${error.pageText()}`);
    throw error;
  }
}
