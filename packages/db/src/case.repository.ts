import type {
  Assets,
  Budget,
  CaseContent,
  ContractInput,
  CreditorInput,
  Debtor,
  FeeQuoteInput,
  StepNorms,
  TransactionInput,
} from '@wakai/core';
import { type Kysely, type Transaction as KyselyTransaction, sql } from 'kysely';
import { insertContract } from './contract.repository.js';
import { insertCreditor, listCreditorsWithContracts } from './creditor.repository.js';
import { insertNegotiationFile, listNegotiations, readNegotiationFile, type StoredNegotiation } from './negotiation.repository.js';
import type { Database } from './schema.js';
import { listTransactions, replaceTransactions } from './transaction.repository.js';

export type Db = Kysely<Database> | KyselyTransaction<Database>;

export interface StoredCase {
  id: string;
  ownerId: string;
  title: string;
  debtor: Debtor;
  budget: Budget;
  assets: Assets;
  feeQuotes: FeeQuoteInput[];
  /** Days a negotiation step may wait before it is flagged, where the office changed the defaults. */
  stepNorms: StepNorms;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseListItem {
  id: string;
  title: string;
  debtorName: string;
  /** What tells two debtors of the same name apart. */
  debtorKana: string;
  birthDate: string | null;
  prefecture: string | null;
  creditors: number;
  createdAt: string;
  updatedAt: string;
}

type CaseRow = Awaited<ReturnType<typeof selectCase>>;

function selectCase(db: Db, id: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

function toCase(row: NonNullable<CaseRow>): StoredCase {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    debtor: row.debtor as Debtor,
    budget: row.budget as Budget,
    assets: row.assets as Assets,
    feeQuotes: row.fee_quotes as FeeQuoteInput[],
    stepNorms: row.step_norms as StepNorms,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The owner's cases, latest change first; `search` matches the title or the debtor's name or furigana. */
export async function listCases(db: Db, ownerId: string, search = ''): Promise<CaseListItem[]> {
  let query = db
    .selectFrom('cases')
    .leftJoin('creditors', 'creditors.case_id', 'cases.id')
    .select((eb) => [
      'cases.id',
      'cases.title',
      'cases.debtor',
      'cases.created_at',
      'cases.updated_at',
      eb.fn.count<string>('creditors.id').as('creditors'),
    ])
    .where('cases.owner_id', '=', ownerId);
  const words = search.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('cases.title', 'ilike', pattern),
        eb(sql<string>`cases.debtor->>'name'`, 'ilike', pattern),
        eb(sql<string>`cases.debtor->>'nameKana'`, 'ilike', pattern),
        eb(sql<string>`replace(cases.debtor->>'name', ' ', '')`, 'ilike', pattern),
      ]),
    );
  }
  const rows = await query.groupBy('cases.id').orderBy('cases.updated_at', 'desc').execute();
  return rows.map((row) => {
    const debtor = row.debtor as Debtor;
    return {
      id: row.id,
      title: row.title,
      debtorName: debtor.name,
      debtorKana: debtor.nameKana ?? '',
      birthDate: debtor.birthDate ?? null,
      prefecture: debtor.prefecture ?? null,
      creditors: Number(row.creditors),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  });
}

export async function getCase(db: Db, id: string): Promise<StoredCase | undefined> {
  const row = await selectCase(db, id);
  return row && toCase(row);
}

export async function insertCase(
  db: Db,
  ownerId: string,
  content: { title: string; debtor: Debtor; budget: Budget; assets: Assets; feeQuotes?: FeeQuoteInput[] },
): Promise<StoredCase> {
  const row = await db
    .insertInto('cases')
    .values({
      owner_id: ownerId,
      title: content.title,
      debtor: JSON.stringify(content.debtor),
      budget: JSON.stringify(content.budget),
      assets: JSON.stringify(content.assets),
      fee_quotes: JSON.stringify(content.feeQuotes ?? []) as unknown as object[],
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

/** Updates some parts, only if nobody changed the case since `version` (else undefined). */
export async function updateCase(
  db: Db,
  id: string,
  parts: Partial<{ title: string; debtor: Debtor; budget: Budget; assets: Assets; feeQuotes: FeeQuoteInput[]; stepNorms: StepNorms }>,
  version: number,
): Promise<StoredCase | undefined> {
  const row = await db
    .updateTable('cases')
    .set((eb) => ({
      ...(parts.title === undefined ? {} : { title: parts.title }),
      ...(parts.debtor === undefined ? {} : { debtor: JSON.stringify(parts.debtor) }),
      ...(parts.budget === undefined ? {} : { budget: JSON.stringify(parts.budget) }),
      ...(parts.assets === undefined ? {} : { assets: JSON.stringify(parts.assets) }),
      ...(parts.feeQuotes === undefined ? {} : { fee_quotes: JSON.stringify(parts.feeQuotes) as unknown as object[] }),
      ...(parts.stepNorms === undefined ? {} : { step_norms: JSON.stringify(parts.stepNorms) as unknown as object }),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toCase(row);
}

export async function deleteCase(db: Db, id: string): Promise<void> {
  await db.deleteFrom('cases').where('id', '=', id).execute();
}

/** Marks the case changed (a creditor, contract or history was edited). */
export async function touchCase(db: Db, id: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: new Date() }).where('id', '=', id).execute();
}

/** Everything stored about a case, in the case file's shape (no ids). */
export async function readCaseContent(db: Db, id: string): Promise<CaseContent | undefined> {
  const stored = await getCase(db, id);
  if (!stored) return undefined;
  const creditors = await listCreditorsWithContracts(db, id);
  const transactions = await listTransactions(
    db,
    creditors.flatMap((c) => c.contracts.map((k) => k.id)),
  );
  const negotiations = await listNegotiations(
    db,
    creditors.map((c) => c.id),
  );
  return {
    title: stored.title,
    debtor: stored.debtor,
    budget: stored.budget,
    assets: stored.assets,
    feeQuotes: stored.feeQuotes,
    creditors: await Promise.all(
      creditors.map(async ({ id, caseId: _, position: __, version: ___, status, contracts, ...creditor }) => ({
        ...creditor,
        contracts: contracts.map(({ id: contractId, creditorId: _c, position: _p, version: _v, historyVersion: _h, ...contract }) => ({
          ...contract,
          transactions: transactions.get(contractId) ?? [],
        })),
        negotiation: await readNegotiationFile(db, status, negotiations.get(id) as StoredNegotiation),
      })),
    ),
  };
}

/** A whole case from a case file, in one database transaction (all or nothing). */
export async function insertCaseContent(db: Kysely<Database>, ownerId: string, content: CaseContent): Promise<StoredCase> {
  return db.transaction().execute(async (trx) => {
    const stored = await insertCase(trx, ownerId, content);
    for (const [creditorPosition, { contracts, negotiation, ...creditor }] of content.creditors.entries()) {
      const storedCreditor = await insertCreditor(trx, stored.id, creditor as CreditorInput, creditorPosition);
      await insertNegotiationFile(trx, storedCreditor.id, negotiation);
      for (const [contractPosition, { transactions, ...contract }] of contracts.entries()) {
        const storedContract = await insertContract(trx, storedCreditor.id, contract as ContractInput, contractPosition);
        await replaceTransactions(trx, storedContract.id, transactions as TransactionInput[]);
      }
    }
    return stored;
  });
}
