export * from './app.js';
export * from './app-error.js';
export { hashPassword } from './auth.js';
export * from './serve.js';
