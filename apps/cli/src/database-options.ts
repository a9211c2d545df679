// Where the CLI finds the data: DATABASE_URL (an office's PostgreSQL server), else the embedded
// PGlite folder (--data, WAKAI_DATA_DIR, or .wakai/data under the current folder).
import { resolve } from 'node:path';
import type { DatabaseConfig } from '@wakai/db';

export function databaseConfig(dataFlag: string | undefined): DatabaseConfig {
  if (process.env.DATABASE_URL) return { engine: 'postgres', url: process.env.DATABASE_URL };
  return { engine: 'pglite', dataDir: resolve(dataFlag ?? process.env.WAKAI_DATA_DIR ?? '.wakai/data') };
}
