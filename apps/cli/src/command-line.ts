// What every command shares: its arguments read strictly (a wrong flag is the user's to fix, exit 2).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** The command's flags and positional arguments; a flag it does not know is refused in Japanese and English. */
export function commandLine<O extends Options>(argv: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`引数が正しくありません: ${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
}
