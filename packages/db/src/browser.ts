// @wakai/db in a browser: the schema, migrations and repositories, and PGlite in the browser's
// storage. What needs Node (a data folder and its lock, PostgreSQL, backups) is only in index.ts.

export * from './agreement.repository.js';
export * from './attachment.repository.js';
export * from './audit.repository.js';
export * from './audit-chain.repository.js';
export * from './breach.repository.js';
export * from './browser-database.js';
export { isEmbedded } from './bulk-copy.js';
export * from './case.repository.js';
export * from './case-deadline.repository.js';
export * from './case-head.repository.js';
export * from './case-list.repository.js';
export * from './case-member.repository.js';
export * from './contact.repository.js';
export * from './contract.repository.js';
export * from './creditor.repository.js';
export * from './creditor-notes.repository.js';
export * from './db.js';
export * from './deadline-pages.js';
export * from './deadline-tallies.js';
export * from './derived-text.repository.js';
export * from './idempotency.repository.js';
export * from './invitation.repository.js';
export * from './letterhead.repository.js';
export * from './login-attempt.repository.js';
export * from './migrate.js';
export * from './negotiation.repository.js';
export * from './negotiation-board.repository.js';
export * from './offer.repository.js';
export * from './payment.repository.js';
export * from './record-snapshot.js';
export type { Database } from './schema.js';
export * from './session.repository.js';
export * from './status-change.repository.js';
export * from './transaction.repository.js';
export * from './trash.repository.js';
export * from './user.repository.js';
