// `@wakai/documents/models`: the document kinds and their models, pure and light (no renderer):
// what the server and CLI call to list the kinds, check the data and name what is missing.
export * from './build-document.js';
export * from './case-figures.js';
export * from './certified-mail/certified-mail-grid.js';
export * from './certified-mail/certified-mail-model.js';
export * from './document-errors.js';
export * from './document-input.js';
export * from './document-kinds.js';
export * from './document-model.js';
export * from './japanese-dates.js';
export * from './missing-data.js';
