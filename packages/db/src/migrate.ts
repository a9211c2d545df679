import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as caseFile from './migrations/2026-11-23T0100-case-file.js';
import * as historyVersion from './migrations/2026-11-23T0200-history-version.js';
import * as feeQuotes from './migrations/2026-11-23T0300-fee-quotes.js';
import * as negotiation from './migrations/2026-11-23T0400-negotiation.js';
import * as documents from './migrations/2026-11-23T0500-documents.js';
import * as offerSent from './migrations/2026-11-23T0600-offer-sent.js';
import * as coach from './migrations/2026-11-23T0700-coach.js';
import * as creditorNotes from './migrations/2026-11-23T0800-creditor-notes.js';
import * as roles from './migrations/2026-11-23T0900-roles.js';
import * as caseDeadlines from './migrations/2026-11-23T1000-case-deadlines.js';
import * as auditTrash from './migrations/2026-11-23T1100-audit-trash.js';
import * as debtPosition from './migrations/2026-12-04T0100-debt-position.js';
import * as agreementHolidayRule from './migrations/2026-12-04T0200-agreement-holiday-rule.js';
import * as idempotencyKeys from './migrations/2026-12-04T0300-idempotency-keys.js';
import * as breachesAndHolders from './migrations/2026-12-04T0700-breaches-and-holders.js';
import * as auditChain from './migrations/2026-12-04T0800-audit-chain.js';
import * as deadlineWindow from './migrations/2026-12-05T0100-deadline-window.js';
import * as auditChainHeld from './migrations/2026-12-05T0300-audit-chain-held.js';
import * as statusUndo from './migrations/2026-12-05T0400-status-undo.js';
import * as loginAttempts from './migrations/2026-12-05T0500-login-attempts.js';
import * as caseSearchTrigrams from './migrations/2026-12-05T2200-case-search-trigrams.js';
import * as negotiationBoards from './migrations/2026-12-05T2300-negotiation-boards.js';
import * as deadlineMarks from './migrations/2026-12-05T2330-deadline-marks.js';
import * as deadlineWindowOrder from './migrations/2026-12-05T2340-deadline-window-order.js';
import * as derivedTexts from './migrations/2026-12-05T2350-derived-texts.js';
import * as recordOrder from './migrations/2026-12-06T0100-record-order.js';
import * as windowTallies from './migrations/2026-12-06T0100-window-tallies.js';
import * as casePeople from './migrations/2026-12-06T0200-case-people.js';
import * as casesByLatestChange from './migrations/2026-12-06T0200-cases-by-latest-change.js';
import * as historyGenerations from './migrations/2026-12-06T0500-history-generations.js';
import type { Database } from './schema.js';

// Listed by hand, in order: migrations are frozen modules, never discovered from the file system.
const migrations: Record<string, Migration> = {
  '2026-11-23T0100-case-file': caseFile,
  '2026-11-23T0200-history-version': historyVersion,
  '2026-11-23T0300-fee-quotes': feeQuotes,
  '2026-11-23T0400-negotiation': negotiation,
  '2026-11-23T0500-documents': documents,
  '2026-11-23T0600-offer-sent': offerSent,
  '2026-11-23T0700-coach': coach,
  '2026-11-23T0800-creditor-notes': creditorNotes,
  '2026-11-23T0900-roles': roles,
  '2026-11-23T1000-case-deadlines': caseDeadlines,
  '2026-11-23T1100-audit-trash': auditTrash,
  '2026-12-04T0100-debt-position': debtPosition,
  '2026-12-04T0200-agreement-holiday-rule': agreementHolidayRule,
  '2026-12-04T0300-idempotency-keys': idempotencyKeys,
  '2026-12-04T0700-breaches-and-holders': breachesAndHolders,
  '2026-12-04T0800-audit-chain': auditChain,
  '2026-12-05T0100-deadline-window': deadlineWindow,
  '2026-12-05T0300-audit-chain-held': auditChainHeld,
  '2026-12-05T0400-status-undo': statusUndo,
  '2026-12-05T0500-login-attempts': loginAttempts,
  '2026-12-05T2200-case-search-trigrams': caseSearchTrigrams,
  '2026-12-05T2300-negotiation-boards': negotiationBoards,
  '2026-12-05T2330-deadline-marks': deadlineMarks,
  '2026-12-05T2340-deadline-window-order': deadlineWindowOrder,
  '2026-12-05T2350-derived-texts': derivedTexts,
  '2026-12-06T0100-record-order': recordOrder,
  '2026-12-06T0100-window-tallies': windowTallies,
  '2026-12-06T0200-case-people': casePeople,
  '2026-12-06T0200-cases-by-latest-change': casesByLatestChange,
  '2026-12-06T0500-history-generations': historyGenerations,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database up to date; refuses, in plain words, a history this build does not know. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`データベースを更新できません (cannot migrate the database): ${message}`);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this build knows, in order (a backup from a newer build names others). */
export function knownMigrations(): string[] {
  return Object.keys(migrations);
}

/** Brings the database up to `name`, never down: where a backup's rows fit before the rest is applied. */
export async function migrateUpTo(db: Kysely<Database>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  if ((await migrator.getMigrations()).find((m) => m.name === name)?.executedAt) return;
  const { error } = await migrator.migrateTo(name);
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`データベースを更新できません (cannot migrate the database): ${message}`);
  }
}
