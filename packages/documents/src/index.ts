export * from './deadlines-ics.js';
export * from './history-xlsx.js';
export * from './ledger-columns.js';
export * from './ledger-csv.js';
export * from './ledger-xlsx.js';
