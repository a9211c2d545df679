export * from './app.js';
export * from './app-error.js';
export { checkCaseFileAttachments } from './attachment-check.js';
export { hashPassword } from './auth.js';
export { caseNegotiation, deadlinesOfOwner } from './case-negotiation.js';
export { historyFiguresCache } from './history-figures-cache.js';
export * from './serve.js';
export { todayInJapan } from './today.js';
