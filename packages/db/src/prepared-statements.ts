// A PostgreSQL client that prepares the reads it runs: each connection plans a read once and then
// runs it by name. Planned anew every time, the reads of a request cost more to plan than to run
// (the deadlines window: 0.75 ms planning, 1.2 ms running; the session lookup on every request 0.12 ms
// against 0.04 ms). Writes stay unnamed: a batch insert's text changes with its row count.
import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Each prepared read keeps one generic plan. By default PostgreSQL plans a statement anew on every run
 * when its estimate for the values given looks cheaper: at 10,000 cases it did so for the deadlines
 * window on every request (0.8 ms planning, then a plan no faster than the generic one). Writes and
 * unnamed statements are planned for their values as before (a one-off plan is always custom).
 */
export const GENERIC_PLANS = 'set plan_cache_mode = force_generic_plan';

/** Statements named per connection at most: the server keeps each one's plan as long as the connection lives. */
const NAMED_PER_CONNECTION = 500;
/** Statement texts whose names are kept in this process; others run unnamed. */
const NAMES_KEPT = 2_000;
/** Reads with more parameters are lists of varying length (`in (…)`): not worth a name each. */
const MAX_PARAMETERS = 64;
/** Longer texts are built for one occasion (a case-file merge), not read again and again. */
const MAX_TEXT = 20_000;

const read = /^\s*(select|with)\s/i;
const names = new Map<string, string>();

/** The statement's name, or undefined when it is not worth preparing. */
export function statementName(text: string, parameterCount: number): string | undefined {
  if (parameterCount > MAX_PARAMETERS || text.length > MAX_TEXT || !read.test(text)) return undefined;
  let name = names.get(text);
  if (name === undefined && names.size < NAMES_KEPT) {
    name = `wakai_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/** PostgreSQL's refusal of a prepared statement whose result columns changed (a migration, a restore). */
const RESULT_TYPE_CHANGED = '0A000';

/**
 * pg's Client, but a read given as text and values runs as a named (prepared) statement. When the
 * schema changed under a prepared read, the connection's names are dropped (later reads prepare
 * again under new ones) and the read is run again unnamed — outside a transaction; inside one it
 * fails once, as the transaction would have in any case.
 */
export class PreparingClient extends pg.Client {
  readonly #named = new Set<string>();
  /** Bumped when the schema changed: names prepared before are never used again on this connection. */
  #epoch = 0;

  // pg's query has many overloads; only (text, values) — what Kysely sends — is rewritten.
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query unchanged
  override query(...args: any[]): any {
    const [text, values] = args;
    if (typeof text === 'string' && args.length <= 2 && (values === undefined || Array.isArray(values))) {
      const base = statementName(text, values?.length ?? 0);
      const name = base === undefined ? undefined : `${base}_${this.#epoch}`;
      if (name !== undefined && (this.#named.has(name) || this.#named.size < NAMED_PER_CONNECTION)) {
        this.#named.add(name);
        return this.#prepared(name, text, values);
      }
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (super.query as (...rest: any[]) => any)(...args);
  }

  async #prepared(name: string, text: string, values: unknown[] | undefined): Promise<pg.QueryResult> {
    try {
      return await super.query({ name, text, values });
    } catch (error) {
      if ((error as { code?: string }).code !== RESULT_TYPE_CHANGED) throw error;
      this.#epoch++;
      this.#named.clear();
      // pg's transaction status from the server's last ReadyForQuery: 'I' is outside a transaction.
      if ((this as unknown as { _txStatus?: string })._txStatus !== 'I') throw error;
      return super.query(text, values);
    }
  }
}
