// Issue 11: documents over the real path (database → services → PDF → HTTP) on embedded PGlite —
// one 引き直し計算書 of a 1,000-row history and the 受任通知 bundle for a case of 30 creditors.
// Targets: < 1.5 s and < 3 s. Median of 5 after one warm-up.
import { addDays, caseContentSchema } from '@wakai/core';
import { localUser, migrateToLatest, openDatabase } from '@wakai/db';
import { startServer } from '@wakai/server';
import { insertCaseContent } from '@wakai/services';

const office = {
  office: '計測法律事務所',
  profession: 'lawyer',
  agent: '計測 太郎',
  registrationNumber: '12345',
  postcode: '100-0001',
  address: '東京都千代田区千代田1-1',
  tel: '03-1111-2222',
  fax: '03-1111-3333',
  person: '',
  version: null,
};

/** 1,000 rows from 2001: a borrowing every 40th row, monthly repayments otherwise. */
function longHistory(rows) {
  return Array.from({ length: rows }, (_, i) => ({
    date: addDays('2001-01-15', i * 7),
    borrow: i % 40 === 0 ? 100_000 : 0,
    repay: i % 40 === 0 ? 0 : 3_000,
  }));
}

async function medianMs(url, runs = 5) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
await migrateToLatest(opened.db);
const owner = await localUser(opened.db);
const stored = await insertCaseContent(
  opened.db,
  owner.id,
  caseContentSchema.parse({
    debtor: { name: '計測 花子', birthDate: '1980-04-01', postcode: '220-0011', address: '神奈川県横浜市西区高島2-1-1' },
    creditors: Array.from({ length: 30 }, (_, c) => ({
      name: `架空ファイナンス${c + 1}号`,
      kind: 'consumer-finance',
      contact: { address: `東京都千代田区架空町${c + 1}-1` },
      contracts: [{ claimedBalance: 500_000, contractRate: '29.2', transactions: c === 0 ? longHistory(1_000) : longHistory(60) }],
    })),
  }),
);
const server = await startServer({ database: opened, port: 0, auth: 'local', demo: false });
await fetch(`${server.url}/api/letterhead`, {
  method: 'PUT',
  headers: { 'content-type': 'application/json', origin: server.url },
  body: JSON.stringify(office),
});
const detail = await (await fetch(`${server.url}/api/cases/${stored.id}`)).json();
const base = `${server.url}/api/cases/${stored.id}/documents`;
const statement = await medianMs(`${base}/recalc-statement?creditor=${detail.creditors[0].id}&format=pdf`);
console.log(`documents: 引き直し計算書 PDF, 1,000 rows, over HTTP: median ${statement.toFixed(0)} ms (target < 1,500 ms)`);
const bundle = await medianMs(`${base}/engagement-notice?creditor=all&format=pdf`);
console.log(`documents: 受任通知 for 30 creditors in one PDF, over HTTP: median ${bundle.toFixed(0)} ms (target < 3,000 ms)`);
await server.close();
await opened.close();
