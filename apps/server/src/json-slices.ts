// An answer with one long list (an imported history's 200,000 rows): written a slice at a time, the
// request loop free between slices, instead of one JSON.stringify holding every other request. The
// bytes are c.json's, and it is typed for the web's client (`hc<ApiRoutes>`) as `c.json(T)` is.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

type JsonAnswer<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/** Items serialised at once: a few milliseconds. */
const SLICE = 5_000;
/** Stands in for the list while the rest is written (NUL never appears in our answers' text). */
const MARK = '\u0000list\u0000';

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function jsonInSlices<T extends object, K extends keyof T>(c: Context, value: T, key: K): JsonAnswer<T> {
  const list = value[key];
  if (!Array.isArray(list) || list.length <= SLICE) return c.json(value as object) as unknown as JsonAnswer<T>;
  const [head, tail] = JSON.stringify({ ...value, [key]: MARK }).split(JSON.stringify(MARK)) as [string, string];
  const encoder = new TextEncoder();
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${head}[`));
    },
    async pull(controller) {
      await nextTurn();
      // An array's JSON is its items' JSON joined by commas: each slice without its brackets.
      const slice = JSON.stringify(list.slice(at, at + SLICE)).slice(1, -1);
      controller.enqueue(encoder.encode(at === 0 ? slice : `,${slice}`));
      at += SLICE;
      if (at >= list.length) {
        controller.enqueue(encoder.encode(`]${tail}`));
        controller.close();
      }
    },
  });
  return c.body(stream, 200, { 'Content-Type': 'application/json' }) as unknown as JsonAnswer<T>;
}
