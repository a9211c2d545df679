// Side-by-side figures for issue 17: the case overview (30 creditors × 500 rows) and the documents.
import { addDays } from '@wakai/core';
function history(rows) {
  const transactions = [];
  let date = '1960-01-04';
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 4 === 0) date = addDays(date, 1);
    transactions.push(i % 40 === 0 ? { date, borrow: 100_000, repay: 0 } : { date, borrow: 0, repay: 2_000 });
  }
  return transactions;
}
async function latencies(url, runs, warmUp = 20) {
  for (let i = 0; i < warmUp; i++) await (await fetch(url)).arrayBuffer();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await (await fetch(url)).arrayBuffer();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
}
const { startServer } = await import('@wakai/server');
const { insertCaseContent } = await import('@wakai/services');
const { caseContentSchema } = await import('@wakai/core');
const { localUser, migrateToLatest, openDatabase } = await import('@wakai/db');
const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
await migrateToLatest(opened.db);
const owner = await localUser(opened.db);
const creditors = Array.from({ length: 30 }, (_, c) => ({
  name: `債権者${c + 1}`,
  kind: 'consumer-finance',
  contracts: [{ claimedBalance: 500_000, monthlyPayment: 10_000, transactions: history(500).map((t) => ({ date: addDays(t.date, c), borrow: t.borrow, repay: t.repay })) }],
}));
const stored = await insertCaseContent(opened.db, owner.id, caseContentSchema.parse({ debtor: { name: '計測' }, creditors }));
const server = await startServer({ database: opened, port: 0, auth: 'local', demo: false });
const pick = await latencies(`${server.url}/api/cases/${stored.id}/overview`, 300);
console.log(`api: case overview, 30 creditors × 500 rows, PGlite: p50 ${pick(0.5)} ms, p99 ${pick(0.99)} ms`);
await server.close();
await opened.close();
await import('./documents-bench.js');
