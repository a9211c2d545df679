// A scanned history over real HTTP: the OCR runs as a job the page follows (pages read of the
// pages), answers the review with its marks and line images, and can be cancelled; another user's
// requests are answered meanwhile. Nothing is saved from a scan: the corrected table is imported.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { scannedPages, scannedPdf } from '../../../packages/documents/src/history-ocr/scans.fixture.js';
import { historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { embeddedServer } from './http-client.js';

describe.each(testEngines().slice(0, 1))('scan import on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  async function contract() {
    const caseId = (await api('POST', '/api/cases', { title: 'スキャン履歴', debtor: { name: '紙 太郎' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'サンプルクレジット', kind: 'card' })).body.id;
    return (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
  }

  it('reads a scan as a job: progress, the review with marks and line images, and saves nothing', async () => {
    const contractId = await contract();
    const [page] = await scannedPages(await historyPdf('consumer', sourceRows('consumer', 30)), { dpi: 150, degrees: 1, seed: 9 }, 1);
    // Sent to the import as a file, a picture is named a scan and not read as a CSV.
    const direct = await api('POST', `/api/contracts/${contractId}/import`, new Uint8Array(page as Buffer));
    expect(direct.status).toBe(422);
    expect(direct.body.error.problems[0].code).toBe('import.pdfNoText');

    const started = await api('POST', `/api/contracts/${contractId}/scans`, new Uint8Array(page as Buffer));
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ state: 'reading', pagesRead: 0 });
    let job = started.body;
    const waits: number[] = [];
    while (job.state === 'reading') {
      const asked = performance.now();
      expect((await api('GET', '/api/cases')).status).toBe(200);
      waits.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await api('GET', `/api/contracts/${contractId}/scans/${job.id}`)).body;
    }
    expect(job).toMatchObject({ state: 'done', pagesRead: 1, pages: 1, problems: [] });
    expect(job.review.rows).toHaveLength(30);
    const marked = job.review.rows.filter((row: { cells: { marks: string[] }[] }) => row.cells.some((cell) => cell.marks.length > 0));
    expect(marked.length).toBeGreaterThan(0);
    for (const row of marked) expect(job.lineImages[row.line]).toMatch(/^data:image\/png;base64,/);
    expect(Math.max(...waits)).toBeLessThan(2_000);
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body.transactions).toEqual([]);
  }, 600_000);

  it('cancels a scan being read, and answers it only under its own contract', async () => {
    const contractId = await contract();
    const pages = await scannedPages(await historyPdf('bank', sourceRows('bank', 60)), { dpi: 150, degrees: -1, seed: 4 });
    const started = await api('POST', `/api/contracts/${contractId}/scans`, await scannedPdf(pages));
    const cancelled = await api('DELETE', `/api/contracts/${contractId}/scans/${started.body.id}`);
    expect(cancelled.body.state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await api('GET', `/api/contracts/${contractId}/scans/${started.body.id}`)).body).toMatchObject({
      state: 'cancelled',
      review: null,
    });
    const otherContract = await contract();
    expect((await api('GET', `/api/contracts/${otherContract}/scans/${started.body.id}`)).status).toBe(404);
  }, 600_000);
});
