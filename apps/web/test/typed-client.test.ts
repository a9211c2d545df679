// The typed client refuses a misspelled request field, a wrong value, a wrong path and a wrong
// answer type at compile time: typed-client-misuse.ts is compiled without its @ts-expect-error
// directives, and each of its marked lines must fail with the code its directive names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const misuses = fileURLToPath(new URL('./typed-client-misuse.ts', import.meta.url));
const config = fileURLToPath(new URL('../tsconfig.test.json', import.meta.url));

/** The marked lines (1-based) and the code each expects, e.g. { 10: 2561 }. */
function expectedErrors(text: string): Record<number, number> {
  const expected: Record<number, number> = {};
  text.split('\n').forEach((line, index) => {
    const code = /@ts-expect-error TS(\d+)/.exec(line)?.[1];
    // The directive stands on the line before the one it excuses.
    if (code) expected[index + 2] = Number(code);
  });
  return expected;
}

/** The errors of the file compiled with the web app's test settings, its directives turned into plain comments. */
function errorsWithoutDirectives(text: string): Record<number, number[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === misuses ? text.replaceAll('@ts-expect-error', 'expected:') : readFile(name));
  const program = ts.createProgram({ rootNames: [misuses], options: { ...parsed.options, incremental: false, noEmit: true }, host });
  const found: Record<number, number[]> = {};
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (diagnostic.file?.fileName !== misuses || diagnostic.start === undefined) continue;
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
    found[line] = [...(found[line] ?? []), diagnostic.code];
  }
  return found;
}

it('fails to compile each misuse of the client, each for its own reason', () => {
  const text = readFileSync(misuses, 'utf8');
  const expected = expectedErrors(text);
  // A misspelled field, a wrong value, a misspelled parameter, a missing route, two wrong answer types.
  expect(Object.values(expected)).toEqual([2561, 2322, 2561, 2339, 2741, 2322]);
  const found = errorsWithoutDirectives(text);
  expect(found).toEqual(Object.fromEntries(Object.entries(expected).map(([line, code]) => [line, [code]])));
});
