// `wakai serve` as an operator starts it: where the embedded (no-login) mode may listen.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderWith } from './run-wakai.js';

const bin = fileURLToPath(new URL('../bin/wakai.js', import.meta.url));

/** Runs `wakai serve` until it exits or says it has started (then it is stopped). */
function serveOutcome(args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { env: { ...process.env, DATABASE_URL: '', ...extraEnv } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ started: boolean; status: number | null; stderr: string }>((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('起動しました')) {
        child.kill('SIGKILL');
        resolve({ started: true, status: null, stderr });
      }
    });
    child.on('exit', (status) => resolve({ started: false, status, stderr }));
  });
}

describe('wakai serve, embedded (no logins)', () => {
  it('refuses a non-loopback address, saying why and how to run an office server', async () => {
    const data = join(folderWith({}), 'data');
    const outcome = await serveOutcome(['--host', '0.0.0.0', '--data', data]);
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('ログインなしの埋め込みモードは、この端末(127.0.0.1)でしか使えません');
    expect(outcome.stderr).toContain('DATABASE_URL');
    expect(outcome.stderr).toContain('error: the embedded mode has no login and serves this machine only');
  }, 60_000);

  it('refuses a public address (WAKAI_PUBLIC_URL) beyond this machine', async () => {
    const data = join(folderWith({}), 'data');
    const outcome = await serveOutcome(['--data', data], { WAKAI_PUBLIC_URL: 'https://wakai.office.example' });
    expect(outcome).toMatchObject({ started: false, status: 2 });
    expect(outcome.stderr).toContain('wakai user add');
  }, 60_000);

  it('still starts on localhost', async () => {
    const data = join(folderWith({}), 'data');
    expect(await serveOutcome(['--host', 'localhost', '--data', data])).toMatchObject({ started: true });
  }, 60_000);
});
