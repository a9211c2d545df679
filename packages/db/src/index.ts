// @wakai/db in Node: everything the browser has (browser.ts), plus the data folder or PostgreSQL
// (connect.ts) and the backups.
export { BackupError } from './backup/backup-format.js';
export * from './backup/restore-backup.js';
export type { RestoreOwnership } from './backup/restore-ownership.js';
export * from './backup/write-backup.js';
export * from './browser.js';
export * from './connect.js';
