import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseFileSchema } from '@wakai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const bin = fileURLToPath(new URL('../bin/wakai.js', import.meta.url));
const pausedServer = fileURLToPath(new URL('./serve-paused.mjs', import.meta.url));
const env = { ...process.env, DATABASE_URL: '' };

describe('wakai export / import', () => {
  it('round-trips a case file: every field equal after export → import → export', () => {
    const data = join(folderWith({}), 'data');
    const first = wakai(['export', '山田', '--data', data]);
    // An empty install has no cases yet: export refuses with a clear message.
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('案件が見つかりません');

    const file = join(folderWith({ 'case.json': JSON.stringify(demoFile) }), 'case.json');
    expect(wakai(['import', file, '--data', data]).stdout).toContain('取り込みました');
    const output = wakai(['export', '山田', '--data', data]).stdout;
    const exported = JSON.parse(output);
    // Fields the file leaves out come back with their defaults (a newer field is optional in an older file).
    expect({ ...exported, exportedAt: '' }).toEqual({ ...caseFileSchema.parse(demoFile), exportedAt: '' });
    // Compact, one line: an indented file was 2.6 times larger and outgrew the web app's 20 MB import.
    expect(output).toBe(`${JSON.stringify(exported)}\n`);
  });

  it('refuses a case file whose attached file is not what it says, naming it, and saves nothing', () => {
    const data = join(folderWith({}), 'data');
    const demo = structuredClone(demoFile);
    const file = demo.case.creditors[0]?.negotiation.contacts[0]?.attachments[0] as { contentBase64: string };
    file.contentBase64 = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const run = wakai(['import', join(folderWith({ 'case.json': JSON.stringify(demo) }), 'case.json'), '--data', data]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'case.creditors.0.negotiation.contacts.0.attachments.0: A社・2026-06-20 10:15の連絡: 「和解案.pdf」は添付できません。PDFか画像(PNG・JPEG・TIFF・WebP・HEIC・GIF)にしてください',
    );
    expect(wakai(['cases', '--data', data]).stdout).toBe('');
  });

  it('refuses a broken case file, naming the field, and saves nothing', () => {
    const data = join(folderWith({}), 'data');
    const demo = structuredClone(demoFile) as { case: { creditors: { contracts: { transactions: { date: string }[] }[] }[] } };
    (demo.case.creditors[0]?.contracts[0]?.transactions[3] as { date: string }).date = '2003-02-30';
    const file = join(folderWith({ 'case.json': JSON.stringify(demo) }), 'case.json');
    const run = wakai(['import', file, '--data', data]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('case.creditors.0.contracts.0.transactions.3.date: 取引日が正しい日付(YYYY-MM-DD)ではありません');
    expect(wakai(['cases', '--data', data]).stdout).toBe('');
  });
});

const demoFile = {
  format: 'wakai-case',
  version: 1,
  exportedAt: '2026-11-23T00:00:00.000Z',
  case: {
    title: '山田さん',
    debtor: {
      name: '山田 太郎',
      nameKana: '',
      birthDate: null,
      prefecture: '東京都',
      largeCity: true,
      occupation: '',
      householdMembers: [],
    },
    budget: {
      monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000 } },
      months: [{ month: '2026-10', income: {}, spending: { food: 50_000 } }],
    },
    assets: { cash: 0, deposits: [], cars: [], insurance: [], home: null, other: [] },
    creditors: [
      {
        name: 'A社',
        kind: 'consumer-finance',
        guarantorCompany: '',
        contact: { address: '', phone: '', fax: '', department: '', person: '' },
        note: '',
        contracts: [
          {
            label: '',
            contractDate: null,
            contractRate: '29.2',
            creditLimit: null,
            claimedBalance: 300_000,
            monthlyPayment: 10_000,
            dueDay: 27,
            lastPaymentDate: null,
            delinquent: false,
            guarantorPerson: '',
            collateral: '',
            purpose: '',
            recalcOptions: { yearBasis: 'fixed365' },
            transactions: [
              { date: '2003-01-10', borrow: 300_000, repay: 0, rate: null, note: '', estimated: true },
              { date: '2003-02-10', borrow: 0, repay: 10_000, rate: null, note: '', estimated: false },
              { date: '2003-03-10', borrow: 0, repay: 10_000, rate: '18', note: '振込', estimated: false },
              { date: '2003-04-10', borrow: 0, repay: 10_000, rate: null, note: '', estimated: false },
            ],
          },
        ],
        negotiation: {
          status: 'agreed',
          changes: [
            { status: 'notice-sent', date: '2026-05-01', note: '', successor: '' },
            { status: 'agreed', date: '2026-07-01', note: '電話で合意', successor: '' },
          ],
          contacts: [
            {
              at: '2026-06-20T10:15',
              channel: 'fax',
              direction: 'incoming',
              person: '佐々木',
              summary: '和解案の送付',
              promises: '',
              nextAction: '回答',
              nextActionDue: '2026-06-30',
              nextActionDone: true,
              officeOnly: false,
              attachments: [
                { fileName: '和解案.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 …').toString('base64') },
              ],
            },
            {
              at: '2026-07-01T09:00',
              channel: 'phone',
              direction: 'outgoing',
              person: '',
              summary: '受諾の連絡',
              promises: '',
              nextAction: '',
              nextActionDue: null,
              nextActionDone: false,
              officeOnly: false,
              attachments: [],
            },
          ],
          offers: [
            {
              offer: {
                from: 'creditor',
                madeOn: '2026-06-20',
                amount: 300_000,
                accruedInterest: 0,
                installments: 36,
                monthly: 8_334,
                firstPaymentDate: '2026-08-27',
                futureInterestRate: '0',
                lateChargeRate: '14.6',
                acceleration: { misses: 2, amount: 16_668 },
                lumpSum: 0,
                deferralMonths: 0,
                validUntil: null,
                status: 'accepted',
                contactId: null,
                note: '',
              },
              contact: 0,
            },
          ],
          agreement: null,
          payments: [{ paidOn: '2026-08-27', amount: 8_334, note: '' }],
        },
      },
    ],
    feeQuotes: [
      {
        office: '○○法律事務所',
        profession: 'lawyer',
        retainerPerCreditor: 22_000,
        successFeePerCreditor: 22_000,
        reductionFeePercent: '0',
        refundFeePercent: '20',
        refundFeePercentLawsuit: '25',
        remittanceFeePerPayment: 0,
        expenses: 0,
        taxIncluded: true,
      },
    ],
  },
};

describe('a server killed in the middle of an import', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterEach(() => {
    for (const child of children) child.kill('SIGKILL');
  });

  /** `wakai serve`, or with `pauseMs` the same server with a pause inside every history save. */
  function startServe(data: string, pauseMs?: number) {
    const args = pauseMs === undefined ? [bin, 'serve', '--port', '0', '--data', data] : [pausedServer, data, String(pauseMs)];
    const child = spawn(process.execPath, args, { env });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const url = new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    return { child, url, stderr: () => stderr };
  }

  it('leaves the history exactly as it was before', async () => {
    const data = join(folderWith({}), 'data');
    const first = startServe(data, 60_000);
    const base = await first.url;
    const [demo] = (await (await fetch(`${base}/api/cases`)).json()) as { id: string }[];
    const detail = (await (await fetch(`${base}/api/cases/${demo?.id}`)).json()) as { creditors: { contracts: { id: string }[] }[] };
    const contractId = detail.creditors[0]?.contracts[0]?.id as string;
    const before = await (await fetch(`${base}/api/contracts/${contractId}/transactions`)).json();
    // The demo's first history: a loan and 100 monthly repayments (demo-case.ts).
    expect(before.transactions).toHaveLength(101);

    const rows = Array.from({ length: 5_000 }, (_, i) => ({ date: '2010-01-01', borrow: i + 1 }));
    fetch(`${base}/api/contracts/${contractId}/transactions`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: before.version, transactions: rows }),
    }).catch(() => {});
    await expect.poll(() => first.stderr(), { timeout: 20_000 }).toContain('saving history (paused for test)');
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = startServe(data);
    const after = await (await fetch(`${await second.url}/api/contracts/${contractId}/transactions`)).json();
    expect(after).toEqual(before);
  }, 60_000);
});
