// The written agreement (和解書) of a creditor, clause by clause, with its version.
import { type AgreementTerms, agreementTermsSchema } from '@wakai/core';
import { sql } from 'kysely';
import type { Db } from './db.js';

export async function getAgreement(db: Db, creditorId: string): Promise<{ terms: AgreementTerms; version: number } | undefined> {
  const row = await db.selectFrom('agreements').select(['terms', 'version']).where('creditor_id', '=', creditorId).executeTakeFirst();
  return row && { terms: agreementTermsSchema.parse(row.terms), version: row.version };
}

/** The written agreement: created when `version` is null, else updated only at that version; its new version. */
export async function saveAgreement(
  db: Db,
  creditorId: string,
  terms: AgreementTerms,
  version: number | null,
): Promise<number | undefined> {
  const json = JSON.stringify(terms);
  const row =
    version === null
      ? await db
          .insertInto('agreements')
          .values({ creditor_id: creditorId, terms: json })
          .onConflict((oc) => oc.column('creditor_id').doNothing())
          .returning('version')
          .executeTakeFirst()
      : await db
          .updateTable('agreements')
          .set({ terms: json, version: sql`version + 1` })
          .where('creditor_id', '=', creditorId)
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst();
  return row?.version;
}
