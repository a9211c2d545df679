// Two Wakai processes started at the same moment on one PGlite folder, after a crash left a stale
// lock: exactly one may open it, every time, and what it wrote is still there afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const db = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// One start: wait for the agreed moment (both processes then race within a millisecond), open the
// folder, and if it opens, write the round's number and report it only once it is committed.
const start = `
const { openDatabase } = await import(process.env.WAKAI_DB);
const { sql } = await import('kysely');
const at = Number(process.env.START_AT);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now() - 30)));
while (Date.now() < at) {}
let opened;
try {
  opened = await openDatabase({ engine: 'pglite', dataDir: process.env.DATA_DIR });
} catch (error) {
  process.stdout.write('refused\\n');
  process.exit(0);
}
await sql\`create table if not exists race (round int not null)\`.execute(opened.db);
await sql\`insert into race values (\${Number(process.env.ROUND)})\`.execute(opened.db);
process.stdout.write('wrote\\n');
await new Promise((resolve) => setTimeout(resolve, 300));
await opened.close();
`;

function race(dataDir: string, round: number, startAt: number) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', start], {
    env: { ...process.env, WAKAI_DB: db, DATA_DIR: dataDir, ROUND: String(round), START_AT: String(startAt) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ outcome: string; stderr: string }>((resolve) => child.on('exit', () => resolve({ outcome: stdout.trim(), stderr })));
}

/** A pid that is certainly not running: a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('the PGlite folder lock', () => {
  it('lets exactly one of two simultaneous starts in, 20 times over a stale lock, and keeps every acknowledged write', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'wakai-lock-')), 'data');
    const acknowledged: number[] = [];
    for (let round = 1; round <= 20; round++) {
      // What a killed Wakai leaves behind (the lock of an older version held just the pid).
      if (round > 1)
        writeFileSync(join(dataDir, 'wakai.lock'), round % 2 === 0 ? String(deadPid()) : `${deadPid()} ${crypto.randomUUID()}`);
      // Both load their modules first, then start together.
      const startAt = Date.now() + 2_000;
      const outcomes = await Promise.all([race(dataDir, round, startAt), race(dataDir, round, startAt)]);
      const wins = outcomes.filter((o) => o.outcome === 'wrote');
      expect([round, outcomes.map((o) => o.outcome).sort()], outcomes.map((o) => o.stderr).join('\n')).toEqual([
        round,
        ['refused', 'wrote'],
      ]);
      acknowledged.push(...wins.map(() => round));
    }
    const check = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { openDatabase } = await import(process.env.WAKAI_DB);
         const { sql } = await import('kysely');
         const opened = await openDatabase({ engine: 'pglite', dataDir: process.env.DATA_DIR });
         const { rows } = await sql\`select round from race order by round\`.execute(opened.db);
         process.stdout.write(JSON.stringify(rows.map((r) => r.round)));
         await opened.close();`,
      ],
      { env: { ...process.env, WAKAI_DB: db, DATA_DIR: dataDir }, encoding: 'utf8' },
    );
    expect(JSON.parse(check.stdout || '[]'), check.stderr).toEqual(acknowledged);
  }, 300_000);
});
