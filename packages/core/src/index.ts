export * from './case/budget.js';
export * from './case/case-file.js';
export * from './case/case-overview.js';
export * from './case/case-schema.js';
export * from './case/fields.js';
export * from './engine.js';
