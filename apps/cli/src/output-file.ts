// Command output: to standard output, or to --out through a temporary file and a rename.
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { CliError } from './cli-error.js';

/**
 * Writes piece by piece (a 200,000-row ledger need not be one string); to --out through a
 * temporary file and a rename, so a crash never leaves half a file in place of the old one.
 */
export function writeOutput(output: Iterable<string | Uint8Array>, out: string | undefined, { binary = false } = {}): void {
  if (out === undefined) {
    if (binary && process.stdout.isTTY) {
      throw new CliError('PDF・Word・Excel の書類は --out でファイルに書き出してください', 'write PDF, Word and Excel files with --out');
    }
    // Synchronous for files and pipes on POSIX, so the order and the exit code hold.
    for (const chunk of output) process.stdout.write(chunk);
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const chunk of output) writeFileSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`書き出せません: ${out}`, `cannot write ${out}: ${(error as Error).message}`);
  }
}
