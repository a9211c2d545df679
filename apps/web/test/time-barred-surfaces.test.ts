// A debt whose limitation may have run (consumer finance, last paid 2018-03-01: 5 years, 民法166条1項1号)
// at 390 px: no page steers the user toward paying, promising or offering. Any of these is an
// acknowledgement (承認) that renews the period, and after completion costs the defence (民法152条1項;
// 最判昭和41年4月20日); 時効援用 (民法145条) is the way instead. The negotiation page's next step says so,
// its warning is shown once at the top; the deadlines page and the .ics mark the debt's deadlines.
import { addDays, civilDateInJapan } from '@wakai/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, wakaiAndBrowser } from './browser.js';

const today = civilDateInJapan(new Date());

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: 'さくらカードの件',
    debtor: { name: '時効 五郎' },
    creditors: [
      {
        name: 'さくらカード',
        kind: 'consumer-finance',
        contracts: [{ contractDate: '2012-03-01', claimedBalance: 380_000, lastPaymentDate: '2018-03-01', dueDay: 1, delinquent: true }],
      },
      // A debt still paid: its deadlines carry no mark.
      {
        name: 'みどり銀行',
        kind: 'bank',
        contracts: [{ contractDate: '2023-04-01', claimedBalance: 600_000, lastPaymentDate: addDays(today, -20) }],
      },
    ],
  },
};

describe('a possibly time-barred debt at 390 px', () => {
  const wakai = wakaiAndBrowser();
  let caseId = '';
  let sakura = '';
  let midori = '';

  beforeAll(async () => {
    caseId = (await wakai.api('POST', '/cases/import', caseFile)).id;
    [sakura, midori] = (await wakai.api('GET', `/cases/${caseId}`)).creditors.map((c: { id: string }) => c.id);
    for (const creditorId of [sakura, midori]) {
      for (const [to, days] of [
        ['notice-sent', -60],
        ['history-received', -40],
        ['recalculated', -30],
        ['negotiating', -20],
      ] as const) {
        const { creditor } = await wakai.api('GET', `/creditors/${creditorId}/negotiation`);
        await wakai.api('POST', `/creditors/${creditorId}/status`, { to, date: addDays(today, days), version: creditor.version });
      }
      // The creditor's offer waits for an answer, and the office promised itself to answer it.
      await wakai.api('POST', `/creditors/${creditorId}/offers`, {
        from: 'creditor',
        madeOn: addDays(today, -5),
        amount: 380_000,
        installments: 38,
        monthly: 10_000,
        validUntil: addDays(today, 5),
      });
      await wakai.api('POST', `/creditors/${creditorId}/contacts`, {
        at: `${addDays(today, -5)}T10:00`,
        channel: 'phone',
        direction: 'incoming',
        summary: '和解案の提示',
        nextAction: '和解案に回答する',
        nextActionDue: addDays(today, 3),
      });
    }
  });

  it('says not to pay, promise or offer and to consider 時効援用, with one warning near the top (民法152条1項)', async () => {
    const { position } = await wakai.api('GET', `/creditors/${sakura}/negotiation`);
    expect(['may-have-run', 'has-run']).toContain(position.limitationStatus);
    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${wakai.server().url}/cases/${caseId}/creditors/${sakura}/negotiation`);
    const nextStep = page.getByTestId('next-step');
    await nextStep.waitFor();
    // Not 「具体的な額で対案を出します」: an offer is an acknowledgement (民法152条1項).
    expect(await nextStep.innerText()).toBe(
      '次にすること: 時効が完成している可能性があります。払う・払う約束をする・和解案や対案を出すと、承認となり、時効の援用ができなくなります(民法152条1項、最判昭和41年4月20日)。何も払わず、約束も提案もせずに、時効の援用(民法145条)を検討します(書類の画面の「時効援用通知」)。',
    );
    // One warning box about the limitation, above the position card; the forms keep a checkbox only.
    const warnings = page.locator('.notice-warn', { hasText: '時効' });
    expect(await warnings.count()).toBe(1);
    const warning = page.getByTestId('position-time-barred');
    expect(await warning.innerText()).toContain('さくらカードの債務は');
    expect(await warning.innerText()).toContain('民法152条1項');
    expect(await warning.innerText()).toContain('時効援用通知');
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.NaN;
    expect(await top('[data-testid="position-time-barred"]')).toBeLessThan(await top('.position-card'));
    await page.getByText('和解案を記録する').click();
    const offerConfirm = page.getByRole('form', { name: '和解案を記録' }).getByTestId('time-barred-confirm');
    expect(await offerConfirm.innerText()).toContain('時効の援用ができなくなるリスクを確認したうえで');
    await screenshot(page, 'time-barred-negotiation-390');

    // The debt still paid keeps its negotiating step.
    await page.goto(`${wakai.server().url}/cases/${caseId}/creditors/${midori}/negotiation`);
    await page.getByRole('heading', { name: /みどり銀行/ }).waitFor();
    expect(await page.getByTestId('next-step').innerText()).toBe(
      '次にすること: 和解案を比べ、家計で払えない額は約束せず、具体的な額で対案を出します。',
    );
    expect(await page.getByTestId('position-time-barred').count()).toBe(0);
    await page.close();
  });

  it('marks the time-barred debt’s deadlines 「時効の可能性」 on the deadlines page and in the .ics (民法152条1項)', async () => {
    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${wakai.server().url}/deadlines`);
    const week = page.getByTestId('deadlines-week');
    await week.getByText('和解案に回答する').first().waitFor();
    const rows = week.locator('tbody tr', { hasText: '時効 五郎' });
    const sakuraRows = rows.filter({ hasText: 'さくらカード' });
    const midoriRows = rows.filter({ hasText: 'みどり銀行' });
    // Its next action and its offer's reply deadline, each marked; the bank's two rows are not.
    expect(await sakuraRows.filter({ hasText: '和解案に回答する' }).getByTestId('deadline-time-barred').innerText()).toBe('時効の可能性');
    expect(await sakuraRows.filter({ hasText: '回答期限' }).getByTestId('deadline-time-barred').innerText()).toBe('時効の可能性');
    expect(await midoriRows.count()).toBe(2);
    expect(await midoriRows.getByTestId('deadline-time-barred').count()).toBe(0);
    await screenshot(page, 'time-barred-deadlines-390');
    await page.close();

    const ics = await (await fetch(`${wakai.server().url}/api/deadlines.ics`)).text();
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    const of = (name: string) => events.filter((e) => e.includes(`時効 五郎 / ${name}`));
    // The next action and the offer's reply deadline at least (a step waiting past its norm may join them).
    expect(of('さくらカード').length).toBeGreaterThanOrEqual(2);
    expect(of('さくらカード').filter((e) => e.includes('和解案に回答する') || e.includes('回答期限'))).toHaveLength(2);
    for (const event of of('さくらカード')) expect(event).toContain('【時効の可能性】払う・払う約束・和解案の前に');
    for (const event of of('みどり銀行')) expect(event).not.toContain('【時効の可能性】');
  });
});
