// The browser's database migrates on its first start and after an update, and otherwise only reads
// which migrations it has run (PGlite in memory, as in a throwaway page).
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateBrowserDatabase, openBrowserDatabase } from './browser-database.js';
import { knownMigrations } from './migrate.js';

it('runs every migration on a new database, none on a current one, and refuses one from a newer build', async () => {
  const { db, close } = await openBrowserDatabase('memory://');
  try {
    expect(await migrateBrowserDatabase(db)).toEqual(knownMigrations());
    expect(await migrateBrowserDatabase(db)).toEqual([]);
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01T0000-from-a-newer-build', '2099-01-01')`.execute(db);
    await expect(migrateBrowserDatabase(db)).rejects.toThrow('データベースを更新できません');
  } finally {
    await close();
  }
});
