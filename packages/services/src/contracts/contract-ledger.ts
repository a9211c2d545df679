// The recalculation ledger of a contract under its own options and the ones asked for; one row's
// working; what each other convention would give. The default ledger (the contract's own options,
// every row's working and the other conventions) is kept in the database as its JSON text, stamped
// with the history's version and the options (derived-text.repository.ts): any process reads it as
// one row, and an edited history (a new version) or changed options leave it unread.
import {
  type CivilDate,
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
import {
  keptDerivedStamps,
  listCreditorsWithContracts,
  listTransactions,
  type StoredContract,
  saveDerivedText,
  storedDerivedText,
  type User,
} from '@wakai/db';
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
  const byDefault = working && variants && JSON.stringify(options) === JSON.stringify(contractRecalcOptions(contract));
  const found = byDefault ? await storedDerivedText(ctx.db, defaultLedgerKey(contract, contract.caseId)) : undefined;
  const text =
    found ??
    (byDefault
      ? await keptDefaultLedger(ctx, contract, contract.caseId, ctx.today())
      : await ledgerText(ctx, contract, args.query, working, variants));
  if (text === undefined) return { json: { empty: true as const } };
  texts.set(key, text);
  return { text };
}

/** Bumped when the ledger's shape or what goes into it changes: ledgers stored in another format are computed again. */
const LEDGER_FORMAT = 1;

/** Where the default ledger is kept, and what it was computed from (the history's version, the contract's own options). */
function defaultLedgerKey(contract: StoredContract, caseId: string) {
  const stamp = JSON.stringify([LEDGER_FORMAT, contract.historyVersion, contractRecalcOptions(contract)]);
  return { caseId, kind: 'recalc' as const, slot: contract.id, stamp };
}

/** The ledger's JSON text; undefined without a history. */
async function ledgerText(
  ctx: ServiceContext,
  contract: StoredContract,
  query: Record<string, string>,
  working: boolean,
  variants: boolean,
) {
  const ledger = await ledgerOf(ctx, contract, query);
  if (!ledger) return undefined;
  return variants
    ? JSON.stringify({ ...recalcJson(ledger.result, { working }), variants: recalcVariants(ledger.history, ledger.options) })
    : recalcJsonText(ledger.result, { working });
}

/** The default ledger computed and stored against the history's version read before its rows (what is read after is at least as new). */
async function keptDefaultLedger(
  ctx: ServiceContext,
  contract: StoredContract,
  caseId: string,
  day: CivilDate,
): Promise<string | undefined> {
  const text = await ledgerText(ctx, contract, {}, true, true);
  if (text === undefined) return undefined;
  await saveDerivedText(ctx.db, { ...defaultLedgerKey(contract, caseId), day, revision: contract.historyVersion }, text);
  return text;
}

/**
 * The default ledger of each of the case's contracts whose history or options changed since it was
 * stored: the scheduled refresh calls this with the deadlines, so the morning's ledger is a lookup.
 */
export async function keepDefaultLedgers(ctx: ServiceContext, caseId: string, day: CivilDate): Promise<void> {
  const kept = await keptDerivedStamps(ctx.db, caseId, 'recalc', day);
  for (const creditor of await listCreditorsWithContracts(ctx.db, caseId)) {
    for (const contract of creditor.contracts) {
      if (kept.get(contract.id) === defaultLedgerKey(contract, caseId).stamp) continue;
      // A history the engine refuses is shown as the page's error when read: nothing to keep.
      await keptDefaultLedger(ctx, contract, caseId, day).catch((error) => {
        if (!(error instanceof AppError)) throw error;
      });
    }
  }
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
