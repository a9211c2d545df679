// A long list written in slices is c.json's answer byte for byte, at every length around a slice's
// edge, and other work runs between its slices.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { jsonInSlices } from './json-slices.js';

const answerOf = (rows: number) => ({
  saved: false,
  version: 3,
  transactions: Array.from({ length: rows }, (_, i) => ({
    date: '2001-01-15',
    borrow: i,
    note: i % 7 === 0 ? '"引用"\\ と\n改行' : '',
    line: i + 2,
  })),
  asOf: null,
  columns: { header: ['年月日'], fields: ['date'] },
});

describe('jsonInSlices', () => {
  it('sends what c.json sends, as application/json', async () => {
    for (const rows of [0, 1, 4_999, 5_000, 5_001, 15_007]) {
      const value = answerOf(rows);
      const app = new Hono().get('/', (c) => jsonInSlices(c, value, 'transactions'));
      const response = await app.request('/');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text(), `${rows} rows`).toBe(JSON.stringify(value));
    }
  });

  it('lets a timer run before a long list is written out', async () => {
    const app = new Hono().get('/', (c) => jsonInSlices(c, answerOf(50_000), 'transactions'));
    let ticked = false;
    setTimeout(() => {
      ticked = true;
    }, 0);
    const response = await app.request('/');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let sawTickMidway = false;
    for (let chunk = await reader.read(), count = 0; !chunk.done; chunk = await reader.read(), count++)
      if (count === 3) sawTickMidway = ticked;
    expect(sawTickMidway).toBe(true);
  });
});
