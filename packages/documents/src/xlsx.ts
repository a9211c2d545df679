// Everything that needs exceljs, behind one entry point so that callers can load it only when used.
export * from './history-xlsx.js';
export * from './ledger-xlsx.js';
