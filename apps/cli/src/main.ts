import { CliError } from './cli-error.js';
import { commands, commandUsage, usage } from './usage.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === '--help' ||
    command === '-h' ||
    (command === 'help' && (rest[0] === undefined || rest[0] === '--help' || rest[0] === '-h'))
  ) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  // `wakai plan --help`, `wakai plan -h`, `wakai help plan`: that command's own usage, as git and npm do.
  const asked = command === 'help' ? rest[0] : rest.some((arg) => arg === '--help' || arg === '-h') ? command : undefined;
  if (asked !== undefined) {
    if (!commands.includes(asked))
      throw new CliError(`不明なコマンドです: ${asked}(wakai help を参照)`, `unknown command: ${asked} (see wakai help)`);
    process.stdout.write(`${commandUsage(asked)}\n`);
    return 0;
  }
  // Each command loads only what it needs: `recalc` must start fast, without the server or database.
  if (command === 'recalc') return (await import('./recalc-command.js')).runRecalc(rest);
  if (command === 'serve') return (await import('./serve-command.js')).runServe(rest);
  if (command === 'cases') return (await import('./case-commands.js')).runCases(rest);
  if (command === 'export') return (await import('./case-commands.js')).runExport(rest);
  if (command === 'import') return (await import('./case-commands.js')).runImport(rest);
  if (command === 'backup') return (await import('./backup-commands.js')).runBackup(rest);
  if (command === 'restore') return (await import('./backup-commands.js')).runRestore(rest);
  if (command === 'user') return (await import('./user-commands.js')).runUser(rest);
  if (command === 'plan') return (await import('./diagnosis-commands.js')).runPlan(rest);
  if (command === 'compare') return (await import('./diagnosis-commands.js')).runCompare(rest);
  if (command === 'prepare') return (await import('./prepare-command.js')).runPrepare(rest);
  if (command === 'negotiation') return (await import('./negotiation-commands.js')).runNegotiation(rest);
  if (command === 'deadlines') return (await import('./negotiation-commands.js')).runDeadlines(rest);
  if (command === 'document') return (await import('./document-command.js')).runDocument(rest);
  if (command === 'audit') return (await import('./audit-command.js')).runAudit(rest);
  if (command === 'status') return (await import('./status-command.js')).runStatus(rest);
  if (command === 'payment') return (await import('./payment-command.js')).runPayment(rest);
  if (command === 'letterhead') return (await import('./document-command.js')).runLetterhead(rest);
  throw new CliError(`不明なコマンドです: ${command}(wakai help を参照)`, `unknown command: ${command} (see wakai help)`);
}

/** The exit status, set again as the process exits: PGlite's runtime, failing to start, resets it to 0 a tick later. */
function exitWith(code: number) {
  process.exitCode = code;
  process.once('exit', () => {
    process.exitCode = code;
  });
}

main(process.argv.slice(2)).then(
  (code) => exitWith(code),
  async (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`エラー: ${error.ja}\n`);
      for (const detail of error.details) process.stderr.write(`  ${detail.ja}\n`);
      process.stderr.write(`error: ${error.en}\n`);
      for (const detail of error.details) process.stderr.write(`  ${detail.en}\n`);
      exitWith(2);
      return;
    }
    // A use case's refusal (bad input, no such case, a newer save): the user's to fix, exit 2.
    const { AppError } = await import('@wakai/services');
    if (error instanceof AppError && error.code !== 'internal') {
      process.stderr.write(`エラー: ${error.userMessage}\n`);
      for (const field of error.details.fields ?? []) process.stderr.write(`  ${field.path.join('.')}: ${field.message}\n`);
      process.stderr.write(`error: ${error.code}\n`);
      for (const problem of error.details.problems ?? [])
        process.stderr.write(`  ${typeof problem === 'string' ? problem : JSON.stringify(problem)}\n`);
      exitWith(2);
      return;
    }
    process.stderr.write(`内部エラー / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exitWith(1);
  },
);
