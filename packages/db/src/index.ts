export * from './case.repository.js';
export * from './connect.js';
export * from './contract.repository.js';
export * from './creditor.repository.js';
export * from './migrate.js';
export * from './negotiation.repository.js';
export type { Database } from './schema.js';
export * from './transaction.repository.js';
export * from './user.repository.js';
