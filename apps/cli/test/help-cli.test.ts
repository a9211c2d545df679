// `wakai COMMAND --help` / `-h` / `wakai help COMMAND` (issue 18 item 20): each prints that
// command's own usage and exits 0, as git and npm do — `wakai plan --help` answered "Unknown option".
import { describe, expect, it } from 'vitest';
import { wakai } from './run-wakai.js';

const commands = [
  'serve',
  'recalc',
  'cases',
  'export',
  'import',
  'plan',
  'prepare',
  'compare',
  'negotiation',
  'deadlines',
  'document',
  'letterhead',
  'user',
  'audit',
  'backup',
  'restore',
];

describe('wakai COMMAND --help', () => {
  it('prints each command’s own usage for --help and -h, and exits 0', () => {
    for (const command of commands)
      for (const flag of ['--help', '-h']) {
        const run = wakai([command, flag]);
        expect([command, flag, run.status, run.stderr]).toEqual([command, flag, 0, '']);
        expect(run.stdout.startsWith('使い方 / usage:\n')).toBe(true);
        expect(run.stdout).toContain(`  wakai ${command}`);
        // Its own usage, not the whole list.
        const others = commands.filter((other) => other !== command && run.stdout.includes(`  wakai ${other} `));
        expect([command, others]).toEqual([command, []]);
      }
  });

  it('takes the flag after the arguments, and `wakai help COMMAND` too', () => {
    const plan = wakai(['plan', 'some-case', '--installments', '36', '--help']);
    expect([plan.status, plan.stdout]).toEqual([0, expect.stringContaining('--exclude 債権者名')]);
    expect(plan.stdout).not.toContain('Unknown option');
    expect(wakai(['help', 'recalc']).stdout).toContain('--overpayment-rate');
    const unknown = wakai(['help', 'nope']);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('不明なコマンドです: nope')]);
  });
});
