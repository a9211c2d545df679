// The recalculation engine and what it stands on (money, dates, 和暦, law tables, history import),
// without the case schemas: `@wakai/core/engine` loads without zod, so `wakai recalc` starts fast.
export * from './civil-date.js';
export * from './import/column-mapping.js';
export * from './import/file-kind.js';
export * from './import/history-file.js';
export * from './import/history-layout.js';
export * from './import/history-placed.js';
export * from './import/history-table.js';
export * from './import/scan-review.js';
export * from './law/dated-table.js';
export * from './law/interest-caps.js';
export * from './law/legal-rates.js';
export * from './law/limitation.js';
export * from './messages.js';
export * from './money.js';
export * from './rate.js';
export * from './recalc/accrual.js';
export * from './recalc/explain.js';
export * from './recalc/options.js';
export * from './recalc/recalc.js';
export * from './recalc/result-json.js';
export * from './recalc/transaction-rules.js';
export * from './recalc/variants.js';
export * from './wareki.js';
