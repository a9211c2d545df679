// Every page shows the same debt position (issue 17), in real Chromium at 390 × 844: each creditor's
// settlement base and overpayment read the same on the overview, its negotiation page and the
// diagnosis as the API's position; a time-barred debt is left out of the 按分 with the reason and
// can be put back; an offer on it needs the confirmation naming the risk; the contract and creditor
// forms save the limitation facts and the original creditor. A screenshot of each page visited.
import { addDays, civilDateInJapan, formatYenWithUnit } from '@wakai/core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();
const today = civilDateInJapan(new Date());

// biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON field by field, as a client does
type Loose = any;

async function call(base: string, method: string, path: string, body?: unknown): Promise<Loose> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** 500,000 borrowed on 2012-04-10 and 15,000 repaid every month for 7 years: overpaid at the statutory cap, within 10 years. */
function overpaidHistory() {
  const rows: { date: string; borrow?: number; repay?: number }[] = [{ date: '2012-04-10', borrow: 500_000 }];
  for (let i = 1; i <= 84; i++) {
    const month = 3 + i;
    rows.push({ date: `${2012 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-27`, repay: 15_000 });
  }
  return rows;
}

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '一つの債務、一つの数字',
    debtor: { name: '佐藤 三郎' },
    budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    creditors: [
      {
        name: 'みらいカード(架空)',
        kind: 'card',
        contracts: [
          {
            label: 'カードローン',
            contractDate: '2021-05-01',
            claimedBalance: 300_000,
            monthlyPayment: 10_000,
            lastPaymentDate: addDays(today, -20),
            dueDay: 27,
            limitation: { accelerationType: 'automatic', accelerationMisses: 2 },
          },
        ],
      },
      {
        // Issue 17, defect 1: a servicer's 450,000 claim, last paid 2019-03-01 on a contract of 2012.
        name: 'さいけん回収(架空)',
        kind: 'servicer',
        originalCreditor: { name: 'アイフル(架空)', kind: 'consumer-finance' },
        contracts: [
          {
            label: '貸金',
            contractDate: '2012-03-01',
            claimedBalance: 450_000,
            lastPaymentDate: '2019-03-01',
            dueDay: 1,
            delinquent: true,
            limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
          },
        ],
      },
      {
        // Issue 17, defect 2: a history typed from memory recalculates above the claim.
        name: 'つばさ信販(架空)',
        kind: 'card',
        contracts: [
          {
            label: 'キャッシング',
            contractDate: '2024-01-10',
            claimedBalance: 480_000,
            transactions: [
              { date: '2024-01-10', borrow: 1_000_000 },
              { date: '2024-02-27', repay: 20_000 },
            ],
          },
        ],
      },
      {
        name: 'ひかりローン(架空)',
        kind: 'consumer-finance',
        contracts: [{ label: '基本契約', contractDate: '2012-04-10', claimedBalance: 0, transactions: overpaidHistory() }],
      },
    ],
  },
};

const shownOverpayment = (p: Loose) => (p.overpayment.amount > 0 ? formatYenWithUnit(p.overpayment.recoverable) : '—');

async function figuresIn(page: Page, creditorId: string) {
  const scope = page.locator(`[data-creditor="${creditorId}"]`);
  return {
    settlementBase: await scope.getByTestId('settlement-base').innerText(),
    overpayment: await scope.getByTestId('overpayment').innerText(),
  };
}

it('shows every creditor the same settlement base and overpayment on the overview, its negotiation page and the diagnosis', async () => {
  const base = wakai.server().url;
  const created = await call(base, 'POST', '/cases/import', caseFile);
  const caseId = created.id as string;
  const positions = (await call(base, 'GET', `/cases/${caseId}/overview`)).creditors.map((c: Loose) => c.position);
  const [live, servicer, aboveClaim, overpaid] = positions as Loose[];
  // The position's own figures: the lesser of claim and recalculation; the servicer's debt has run
  // (当然喪失 2019-04-01 + 5 years, 旧商法522条 → the end of 2024-04-01); the overpayment within 10 years.
  expect(live).toMatchObject({ settlementBase: 300_000, limitationStatus: 'running' });
  expect(servicer).toMatchObject({ settlementBase: 450_000, limitationStatus: 'has-run', plan: { included: false } });
  // Above the claim, the claim is the base (the lesser), with the warning to get the whole history.
  expect(aboveClaim.recalculated).toBeGreaterThan(480_000);
  expect(aboveClaim).toMatchObject({ claimed: 480_000, settlementBase: 480_000 });
  expect(overpaid.settlementBase).toBe(0);
  expect(overpaid.overpayment.recoverable).toBeGreaterThan(0);
  expect(overpaid.overpayment.barred).toBe(0);

  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/cases/${caseId}`);
  await page.getByTestId('creditor-table').waitFor();
  for (const p of positions)
    expect(await figuresIn(page, p.creditorId)).toEqual({
      settlementBase: formatYenWithUnit(p.settlementBase),
      overpayment: shownOverpayment(p),
    });
  const servicerRow = page.locator(`[data-creditor="${servicer.creditorId}"]`);
  expect(await servicerRow.getByTestId('position-limitation').innerText()).toBe('時効期間が過ぎている(記録上)');
  expect(await servicerRow.innerText()).toContain('債権回収会社(アイフル(架空)の債権)');
  const warnings = await page.getByTestId('position-warnings').innerText();
  expect(warnings).toContain('裁判所から判決や支払督促が届いたことはありますか');
  expect(warnings).toContain('が請求額(480,000円)を上回っています。取引履歴が途中からか、抜けている可能性があります');
  await screenshot(page, 'position-overview');

  for (const p of positions) {
    await page.goto(`${base}/cases/${caseId}/creditors/${p.creditorId}/negotiation`);
    await page.getByRole('region', { name: '債務の状況' }).waitFor();
    expect(await figuresIn(page, p.creditorId)).toEqual({
      settlementBase: formatYenWithUnit(p.settlementBase),
      overpayment: shownOverpayment(p),
    });
    await screenshot(page, `position-negotiation-${positions.indexOf(p)}`);
  }

  await page.goto(`${base}/cases/${caseId}/diagnosis`);
  await page.getByTestId('diagnosis-positions').waitFor();
  for (const p of positions)
    expect(await figuresIn(page, p.creditorId)).toEqual({
      settlementBase: formatYenWithUnit(p.settlementBase),
      overpayment: shownOverpayment(p),
    });
  const leftOut = page.locator(`[data-creditor="${servicer.creditorId}"]`).getByTestId('left-out');
  expect(await leftOut.innerText()).toContain('時効が完成している可能性があるため、按分から外しています');
  // The headline 借金の合計 is what the plan divides; the time-barred servicer stands apart, with 援用.
  const before = (await call(base, 'GET', `/cases/${caseId}/diagnosis`)).result;
  expect(before.debts.timeBarred.map((c: Loose) => [c.name, c.debt])).toEqual([['さいけん回収(架空)', 450_000]]);
  expect(before.debts.inPlan).toBe(before.plan.creditors.reduce((a: number, c: Loose) => a + c.debt, 0));
  expect(await page.getByTestId('debt-in-plan').innerText()).toBe(formatYenWithUnit(before.debts.inPlan));
  expect(await page.getByTestId('debt-time-barred').innerText()).toBe(formatYenWithUnit(450_000));
  expect(await page.getByText('時効の援用(民法145条(時効の援用))を検討してください').count()).toBe(1);
  await screenshot(page, 'position-diagnosis');

  // Put back: the dialog names the risk; accepted, the creditor is in the 按分 and stays so.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.locator(`[data-creditor="${servicer.creditorId}"]`).getByRole('button', { name: '按分に戻す' }).click();
  await leftOut.waitFor({ state: 'detached' });
  // Saved through the one versioned save (issue 18 #7), which says so.
  await page.getByText('按分に戻しました').waitFor();
  expect(asked).toContain('時効の援用ができなくなります');
  const diagnosis = await call(base, 'GET', `/cases/${caseId}/diagnosis`);
  expect(diagnosis.result.leftOut).toEqual([]);
  expect(diagnosis.result.plan.creditors.map((c: Loose) => c.name)).toContain('さいけん回収(架空)');
  expect(diagnosis.result.debts).toMatchObject({ inPlan: before.debts.inPlan + 450_000, timeBarred: [], timeBarredTotal: 0 });
  expect(await page.getByTestId('debt-in-plan').innerText()).toBe(formatYenWithUnit(before.debts.inPlan + 450_000));
  await screenshot(page, 'position-diagnosis-put-back');
});

it('asks for the confirmation naming the risk before an offer on a time-barred debt, and saves the limitation facts', async () => {
  const base = wakai.server().url;
  const created = await call(base, 'POST', '/cases/import', caseFile);
  const detail = await call(base, 'GET', `/cases/${created.id}`);
  const servicer = detail.creditors[1];
  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/cases/${created.id}/creditors/${servicer.id}/negotiation`);
  await page.getByTestId('position-time-barred').waitFor();
  const offerForm = page.getByRole('form', { name: '和解案を記録' });
  await offerForm.getByLabel('返済回数').fill('36');
  await offerForm.getByLabel('毎月の返済額(円)').fill('12,500');
  expect(await offerForm.getByTestId('time-barred-confirm').innerText()).toContain('時効の援用ができなくなります');
  await offerForm.getByRole('button', { name: '和解案を記録' }).click();
  await offerForm.getByText('時効の援用ができなくなるリスクを確認する欄にチェックを入れてください(記録していません)').waitFor();
  expect((await call(base, 'GET', `/creditors/${servicer.id}/negotiation`)).record.offers).toHaveLength(0);
  await screenshot(page, 'position-offer-refused');
  await offerForm.getByRole('checkbox', { name: /時効の援用ができなくなるリスクを確認したうえで/ }).check();
  await offerForm.getByRole('button', { name: '和解案を記録' }).click();
  await page.getByRole('article', { name: '和解案 36回 × 12,500円' }).waitFor();
  expect((await call(base, 'GET', `/creditors/${servicer.id}/negotiation`)).record.offers).toHaveLength(1);

  // The offer letter is refused until the risk is confirmed, then made without that refusal.
  const documents = page.getByTestId('creditor-documents');
  await documents.getByRole('button', { name: '和解提案書(PDF)' }).click();
  const confirm = documents.getByTestId('document-confirm');
  await confirm.waitFor();
  expect(await documents.innerText()).toContain('時効の援用ができなくなります');
  await confirm.getByRole('checkbox').check();
  await screenshot(page, 'position-document-confirm');
  await documents.getByRole('button', { name: '和解提案書(PDF)' }).click();
  await expect.poll(() => confirm.count()).toBe(0);
  expect(await documents.innerText()).not.toContain('時効の援用ができなくなります');

  // The board flags it from the position.
  await page.goto(`${base}/cases/${created.id}/negotiation`);
  await page.getByTestId('negotiation-board').getByText('時効の可能性(期間経過)').waitFor();
  await page.getByTestId('negotiation-board').getByText('引き直し後が請求額超(履歴を確認)').waitFor();
  await screenshot(page, 'position-board');

  // The contract form: the kind and a judgment, with a wrong date named first and nothing saved.
  const contract = servicer.contracts[0];
  await page.goto(`${base}/cases/${created.id}/contracts/${contract.id}`);
  const form = page.getByRole('form', { name: '契約の内容' });
  await page.getByText('契約の内容(請求残高・毎月の返済・約定利率など)').click();
  await form.getByLabel('判決・支払督促など').selectOption({ label: '支払督促(仮執行宣言付)' });
  await form.getByLabel('判決などが確定した日').fill('2023-02-30');
  await form.getByRole('button', { name: '契約の内容を保存' }).click();
  await form.getByText('判決などが確定した日が正しい日付(YYYY-MM-DD)ではありません', { exact: true }).waitFor();
  expect((await call(base, 'GET', `/contracts/${contract.id}`)).limitation.courtTitle).toBeNull();
  await form.getByLabel('判決などが確定した日').fill('2023-02-28');
  await form.getByLabel('取引の種類').selectOption({ label: 'ショッピング(分割・リボ)' });
  await form.getByRole('button', { name: '契約の内容を保存' }).click();
  await form.getByText('契約の内容を保存しました').waitFor();
  const saved = await call(base, 'GET', `/contracts/${contract.id}`);
  expect(saved).toMatchObject({ kind: 'shopping', limitation: { courtTitle: 'payment-order', courtTitleOn: '2023-02-28' } });
  // 民法169条1項: 10 years from 2023-02-28 — running again.
  const overview = await call(base, 'GET', `/cases/${created.id}/overview`);
  expect(overview.creditors[1].position.limitationStatus).toBe('running');

  // The creditor form: the original creditor a bank — the servicer is then bound only by a lawyer's notice.
  const creditorForm = page.getByRole('form', { name: '債権者の情報' });
  await page.getByText('債権者の情報(種類・保証会社・連絡先)').click();
  expect(await creditorForm.locator('input[name="originalName"]').inputValue()).toBe('アイフル(架空)');
  await creditorForm.locator('input[name="originalName"]').fill('みずほ銀行');
  await creditorForm.getByLabel('元の債権者の種類').selectOption({ label: '銀行' });
  await creditorForm.getByRole('button', { name: '債権者の情報を保存' }).click();
  await creditorForm.getByText('債権者の情報を保存しました').waitFor();
  await screenshot(page, 'position-contract-forms');
  const file = await call(base, 'GET', `/creditors/${servicer.id}/negotiation`);
  expect(file.position.regime).toMatchObject({ label: '債権回収会社(みずほ銀行の債権)', moneyLendingAct: false, noticeStatutes: [] });
});
