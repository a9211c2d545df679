// The case file's round trip in one place: everything stored about a case gathered into the case
// file's shape (ids become positions), and a case file stored as a new case in one transaction.
import type { CaseContent, ContractInput, CreditorInput, NegotiationFile, NegotiationStatus, TransactionInput } from '@wakai/core';
import {
  type Database,
  type Db,
  getCase,
  insertAttachments,
  insertBreaches,
  insertCase,
  insertContacts,
  insertContract,
  insertCreditor,
  insertOffers,
  insertPayments,
  insertStatusHistory,
  listAttachmentContents,
  listCreditorsWithContracts,
  listNegotiations,
  listTransactions,
  replaceTransactions,
  type StoredCase,
  type StoredNegotiation,
  saveAgreement,
} from '@wakai/db';
import type { Kysely } from 'kysely';

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
    officeActs: stored.officeActs,
    checklist: stored.checklist,
    creditors: await Promise.all(
      creditors.map(async ({ id, caseId: _, position: __, version: ___, status, contracts, ...creditor }) => ({
        ...creditor,
        contracts: contracts.map(({ id: contractId, creditorId: _c, position: _p, version: _v, historyVersion: _h, ...contract }) => ({
          ...contract,
          transactions: transactions.get(contractId) ?? [],
        })),
        negotiation: await negotiationFile(db, status, negotiations.get(id) as StoredNegotiation),
      })),
    ),
  };
}

/** A whole case from a case file, in one database transaction (all or nothing); `after` runs inside it (the log's entry). */
export async function insertCaseContent(
  db: Kysely<Database>,
  ownerId: string,
  content: CaseContent,
  after?: (trx: Db, stored: StoredCase) => Promise<void>,
): Promise<StoredCase> {
  return db.transaction().execute(async (trx) => {
    const stored = await insertCase(trx, ownerId, content);
    for (const [creditorPosition, { contracts, negotiation, ...creditor }] of content.creditors.entries()) {
      const storedCreditor = await insertCreditor(trx, stored.id, creditor as CreditorInput, creditorPosition);
      await insertNegotiation(trx, storedCreditor.id, negotiation);
      for (const [contractPosition, { transactions, ...contract }] of contracts.entries()) {
        const storedContract = await insertContract(trx, storedCreditor.id, contract as ContractInput, contractPosition);
        await replaceTransactions(trx, storedContract.id, transactions as TransactionInput[]);
      }
    }
    await after?.(trx, stored);
    return stored;
  });
}

/**
 * A creditor's negotiation from a case file, inside the caller's transaction, each table in a few
 * multi-row inserts. Offers and files name their contact by position; the contacts' ids are known
 * before they are written, so nothing is read back.
 */
export async function insertNegotiation(db: Db, creditorId: string, file: NegotiationFile): Promise<void> {
  await insertStatusHistory(db, creditorId, file.status, file.changes, file.undone);
  const contactIds = await insertContacts(
    db,
    creditorId,
    file.contacts.map(({ attachments: _, ...contact }) => contact),
  );
  await insertAttachments(
    db,
    file.contacts.flatMap(({ attachments }, index) =>
      attachments.map((a) => ({
        contactId: contactIds[index] as string,
        fileName: a.fileName,
        contentType: a.contentType,
        content: Buffer.from(a.contentBase64, 'base64'),
      })),
    ),
  );
  await insertOffers(
    db,
    creditorId,
    file.offers.map(({ offer, contact }) => ({ ...offer, contactId: contact === null ? null : (contactIds[contact] ?? null) })),
  );
  if (file.agreement) await saveAgreement(db, creditorId, file.agreement, null);
  await insertPayments(db, creditorId, file.payments);
  await insertBreaches(db, creditorId, file.breaches);
}

/** A creditor's negotiation in the case file's shape (ids become positions). */
async function negotiationFile(db: Db, status: NegotiationStatus, stored: StoredNegotiation): Promise<NegotiationFile> {
  const files = await listAttachmentContents(
    db,
    stored.contacts.map((c) => c.id),
  );
  // Oldest first, so that positions are stable and an import keeps the order.
  const contacts = [...stored.contacts].reverse();
  return {
    status,
    changes: stored.changes.map(({ id: _, ...change }) => change),
    undone: stored.undone.map(({ id: _, ...step }) => step),
    contacts: contacts.map(({ id, creditorId: _c, version: _v, attachments: _a, ...contact }) => ({
      ...contact,
      attachments: (files.get(id) ?? []).map((f) => ({
        fileName: f.fileName,
        contentType: f.contentType,
        contentBase64: Buffer.from(f.content).toString('base64'),
      })),
    })),
    offers: stored.offers.map(({ id: _, creditorId: _c, version: _v, contactId, ...offer }) => {
      const index = contacts.findIndex((c) => c.id === contactId);
      return { offer: { ...offer, contactId: null }, contact: index < 0 ? null : index };
    }),
    agreement: stored.agreement,
    payments: stored.payments.map(({ id: _, creditorId: _c, ...payment }) => payment),
    breaches: stored.breaches.map(({ id: _, creditorId: _c, version: _v, ...breach }) => breach),
  };
}
