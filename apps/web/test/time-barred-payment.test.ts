// On a debt whose limitation may have run, at 390 × 844: recording a payment and changing the
// debtor's offer each ask for the confirmation naming the risk first — a payment, like an offer, is
// an acknowledgement that renews the period and bars 援用 (民法152条1項; 最判昭和41年4月20日).
import { addDays, civilDateInJapan } from '@wakai/core';
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();
const today = civilDateInJapan(new Date());

// biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON field by field, as a client does
type Loose = any;

async function call(method: string, path: string, body?: unknown): Promise<Loose> {
  const response = await fetch(`${wakai.server().url}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

// A servicer's claim last paid 2019-03-01 on a contract of 2012: 5 years may have run.
const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '時効と支払',
    debtor: { name: '時効 四郎' },
    creditors: [
      {
        name: 'さいけん回収(架空)',
        kind: 'servicer',
        contracts: [{ contractDate: '2012-03-01', claimedBalance: 450_000, lastPaymentDate: '2019-03-01', dueDay: 1, delinquent: true }],
      },
    ],
  },
};

it('asks before a payment or a change to the debtor’s offer on a time-barred debt, and records them once confirmed', async () => {
  const { id: caseId } = await call('POST', '/cases/import', caseFile);
  const creditorId = (await call('GET', `/cases/${caseId}`)).creditors[0].id as string;
  const offer = { madeOn: addDays(today, -40), amount: 450_000, confirmTimeBarred: true };
  await call('POST', `/creditors/${creditorId}/offers`, { ...offer, from: 'debtor', installments: 60, monthly: 7_500 });
  // The creditor's counter-offer accepted (confirmed), with a first payment date: the payment form opens.
  const firstPaymentDate = addDays(today, -10);
  await call('POST', `/creditors/${creditorId}/offers`, {
    ...offer,
    from: 'creditor',
    status: 'accepted',
    installments: 45,
    monthly: 10_000,
    firstPaymentDate,
  });
  const record = async () => (await call('GET', `/creditors/${creditorId}/negotiation`)).record;

  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${wakai.server().url}/cases/${caseId}/creditors/${creditorId}/negotiation`);
  const paymentForm = page.getByRole('form', { name: '支払を記録' });
  await paymentForm.getByLabel('支払額(円)').fill('10,000');
  expect(await paymentForm.getByTestId('time-barred-confirm').innerText()).toContain('払う・払う約束をすると、承認となり');
  await paymentForm.getByRole('button', { name: '支払を記録' }).click();
  await paymentForm.getByText('時効の援用ができなくなるリスクを確認する欄にチェックを入れてください(記録していません)').waitFor();
  expect((await record()).payments).toEqual([]);
  await screenshot(page, 'time-barred-payment-refused-390');
  await paymentForm.getByRole('checkbox', { name: /時効の援用ができなくなるリスクを確認したうえで、支払を記録します/ }).check();
  await paymentForm.getByRole('button', { name: '支払を記録' }).click();
  await expect.poll(async () => (await record()).payments.map((p: Loose) => p.amount)).toEqual([10_000]);

  // The debtor's offer changed: asked first, saved once confirmed.
  const ours = page.getByRole('article', { name: '和解案 60回 × 7,500円' });
  await ours.getByRole('button', { name: 'この和解案を直す' }).click();
  const editForm = ours.getByRole('form', { name: '和解案 60回 × 7,500円 を直す' });
  await editForm.getByLabel('毎月の返済額(円)').fill('8,000');
  await editForm.getByRole('button', { name: '直した内容を保存' }).click();
  await editForm.getByText('時効の援用ができなくなるリスクを確認する欄にチェックを入れてください(記録していません)').waitFor();
  expect((await record()).offers.map((o: Loose) => o.monthly)).toContain(7_500);
  await screenshot(page, 'time-barred-offer-edit-refused-390');
  await editForm.getByRole('checkbox', { name: /時効の援用ができなくなるリスクを確認したうえで/ }).check();
  await editForm.getByRole('button', { name: '直した内容を保存' }).click();
  await expect.poll(async () => (await record()).offers.map((o: Loose) => o.monthly).sort()).toEqual([10_000, 8_000].sort());
});
