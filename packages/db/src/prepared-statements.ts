// A PostgreSQL client that prepares the reads it runs: each connection plans a read once and then
// runs it by name. Planned anew every time, the reads of a request cost more to plan than to run
// (the deadlines window: 0.75 ms planning, 1.2 ms running; the session lookup on every request 0.12 ms
// against 0.04 ms). Writes stay unnamed: a batch insert's text changes with its row count.
import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statements named per connection at most: the server keeps each one's plan as long as the connection lives. */
const NAMED_PER_CONNECTION = 500;
/** Statement texts whose names are kept in this process; others run unnamed. */
const NAMES_KEPT = 2_000;
/** Reads with more parameters are lists of varying length (`in (…)`): not worth a name each. */
const MAX_PARAMETERS = 64;

const read = /^\s*(select|with)\s/i;
const names = new Map<string, string>();

/** The statement's name, or undefined when it is not worth preparing. */
export function statementName(text: string, parameterCount: number): string | undefined {
  if (parameterCount > MAX_PARAMETERS || !read.test(text)) return undefined;
  let name = names.get(text);
  if (name === undefined && names.size < NAMES_KEPT) {
    name = `wakai_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/** pg's Client, but a read given as text and values runs as a named (prepared) statement. */
export class PreparingClient extends pg.Client {
  readonly #named = new Set<string>();

  // pg's query has many overloads; only (text, values) — what Kysely sends — is rewritten.
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query unchanged
  override query(...args: any[]): any {
    const [text, values] = args;
    if (typeof text === 'string' && args.length <= 2 && (values === undefined || Array.isArray(values))) {
      const name = statementName(text, values?.length ?? 0);
      if (name !== undefined && (this.#named.has(name) || this.#named.size < NAMED_PER_CONNECTION)) {
        this.#named.add(name);
        return super.query({ name, text, values });
      }
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (super.query as (...rest: any[]) => any)(...args);
  }
}
