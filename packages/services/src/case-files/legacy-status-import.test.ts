// A version-1 case file written before 和解案送付 took its glossary name says `proposal-sent`; it
// still imports, and the step is stored and exported as `offer-sent`.
import { localUser } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../context.js';
import { readCaseContent } from './case-file-store.js';
import { importCaseFile } from './case-file-transfer.js';

const oldFile = {
  format: 'wakai-case',
  version: 1,
  exportedAt: '2026-11-01T00:00:00.000Z',
  case: {
    title: '旧形式の案件',
    debtor: { name: '山田 太郎' },
    creditors: [
      {
        name: 'A社',
        kind: 'consumer-finance',
        negotiation: {
          status: 'proposal-sent',
          changes: [
            { status: 'notice-sent', date: '2026-05-01' },
            { status: 'proposal-sent', date: '2026-09-20', note: '和解案をFAX' },
          ],
        },
      },
    ],
  },
};

describe.each(testEngines())('a version-1 case file saying proposal-sent, on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  beforeAll(async () => {
    opened = await engine.open();
  });
  afterAll(() => opened.drop());

  it('imports the step as offer-sent, in the current step and in its dated changes', async () => {
    const ctx = createServiceContext({ db: opened.db });
    const stored = await importCaseFile(ctx, { user: await localUser(opened.db), json: oldFile });
    const negotiation = (await readCaseContent(opened.db, stored.id))?.creditors[0]?.negotiation;
    expect(negotiation?.status).toBe('offer-sent');
    expect(negotiation?.changes.map((change) => [change.status, change.date, change.note])).toEqual([
      ['notice-sent', '2026-05-01', ''],
      ['offer-sent', '2026-09-20', '和解案をFAX'],
    ]);
  });
});
