// The server refuses a step that acknowledges a debt whose limitation may have run — the debtor's
// offer (made or changed), accepting an offer, 合意, the agreement's terms, a payment — unless the request confirms that 援用 was
// explained (confirmTimeBarred). Offering or agreeing is a 承認: it renews the period and, after
// completion, bars 援用 (民法145条, 152条1項; 最判昭和41年4月20日). Over real HTTP on every engine.
import { addDays } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, type Json, todayInJapan } from './http-client.js';

// A servicer's claim, last paid 2019-03-01 on a contract of 2012: 5 years (旧商法522条) may have run.
// A bank's loan of 2023, paid last month: running (each payment acknowledges, 民法152条1項).
const caseFile = (today: string) => ({
  format: 'wakai-case',
  version: 1,
  case: {
    title: '時効の確認',
    debtor: { name: '試験 一郎' },
    budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    creditors: [
      {
        name: 'さいけん回収(架空)',
        kind: 'servicer',
        contracts: [{ contractDate: '2012-03-01', claimedBalance: 450_000, lastPaymentDate: '2019-03-01', dueDay: 1, delinquent: true }],
      },
      {
        name: 'みらい銀行(架空)',
        kind: 'bank',
        contracts: [{ contractDate: '2023-04-01', claimedBalance: 300_000, lastPaymentDate: addDays(today, -20), dueDay: 1 }],
      },
    ],
  },
});

describe.each(testEngines())('time-barred steps over the API on $name', (engine) => {
  const server = embeddedServer(engine, { demo: false });
  const api = server.api;

  it('records no offer, acceptance, 合意 or agreement on a time-barred debt without the confirmation', async () => {
    const today = todayInJapan();
    const created = await api('POST', '/api/cases/import', caseFile(today));
    expect(created.status).toBe(201);
    const caseId = created.body.id as string;
    const overview = (await api('GET', `/api/cases/${caseId}/overview`)).body as Json;
    expect(overview.creditors.map((c: Json) => c.position.limitationStatus)).toEqual(['may-have-run', 'running']);
    const [barred, running] = overview.creditors.map((c: Json) => c.id as string) as [string, string];
    const file = async () => (await api('GET', `/api/creditors/${barred}/negotiation`)).body as Json;
    for (const [to, days] of [
      ['notice-sent', -120],
      ['history-received', -100],
      ['recalculated', -99],
      ['negotiating', -98],
    ] as const) {
      const moved = await api('POST', `/api/creditors/${barred}/status`, {
        to,
        date: addDays(today, days),
        version: (await file()).creditor.version,
      });
      expect([to, moved.status]).toEqual([to, 200]);
    }
    const offer = { madeOn: addDays(today, -97), amount: 450_000, installments: 60, monthly: 7_500 };
    const refusedWith = (answer: { status: number; body: Json }) => {
      const error = answer.body.error as Json;
      expect(answer.status).toBe(422);
      expect(error.code).toBe('timeBarredUnconfirmed');
      expect(error.message).toContain('「さいけん回収(架空)」の債務は時効が完成している可能性があります');
      expect(error.message).toContain('時効の援用(民法145条)ができなくなります(民法152条1項、最判昭和41年4月20日)');
      expect(error.fields).toEqual([
        { path: ['confirmTimeBarred'], message: '時効の援用ができなくなるリスクを債務者に説明したことを確認してください' },
      ]);
    };

    // The creditor's own offer acknowledges nothing: recorded as it is.
    const theirs = await api('POST', `/api/creditors/${barred}/offers`, { ...offer, from: 'creditor' });
    expect(theirs.status).toBe(201);

    // The debtor's offer: refused without the confirmation (a string 'true' is not one), recorded with it.
    refusedWith(await api('POST', `/api/creditors/${barred}/offers`, { ...offer, from: 'debtor' }));
    refusedWith(await api('POST', `/api/creditors/${barred}/offers`, { ...offer, from: 'debtor', confirmTimeBarred: 'true' }));
    refusedWith(await api('POST', `/api/creditors/${barred}/offers`, { ...offer, from: 'creditor', status: 'accepted' }));
    expect((await file()).record.offers).toHaveLength(1);

    // Accepting the creditor's offer.
    const acceptance = { status: 'accepted', version: theirs.body.version };
    refusedWith(await api('PUT', `/api/offers/${theirs.body.id}`, acceptance));
    expect((await file()).record.offers[0].status).toBe('considering');
    const accepted = await api('PUT', `/api/offers/${theirs.body.id}`, { ...acceptance, confirmTimeBarred: true });
    expect(accepted.status).toBe(200);

    // 合意.
    const agreed = { to: 'agreed', date: addDays(today, -90), version: (await file()).creditor.version };
    refusedWith(await api('POST', `/api/creditors/${barred}/status`, agreed));
    expect((await file()).view.status).toBe('negotiating');
    expect((await api('POST', `/api/creditors/${barred}/status`, { ...agreed, confirmTimeBarred: true })).status).toBe(200);

    // The agreement's terms.
    const terms = { signedOn: addDays(today, -85), confirmedBalance: 450_000, installments: 60, monthly: 7_500, version: null };
    refusedWith(await api('PUT', `/api/creditors/${barred}/agreement`, terms));
    expect((await file()).record.agreement).toBeNull();
    const saved = await api('PUT', `/api/creditors/${barred}/agreement`, { ...terms, confirmTimeBarred: true });
    expect(saved.status).toBe(200);

    // A running debt is not asked.
    const plain = await api('POST', `/api/creditors/${running}/offers`, { ...offer, from: 'debtor' });
    expect(plain.status).toBe(201);
  });

  it('records no change to the debtor’s offer and no payment on a time-barred debt without the confirmation', async () => {
    const today = todayInJapan();
    const created = await api('POST', '/api/cases/import', caseFile(today));
    const overview = (await api('GET', `/api/cases/${created.body.id}/overview`)).body as Json;
    const [barred, running] = overview.creditors.map((c: Json) => c.id as string) as [string, string];
    const refused = (answer: { status: number; body: Json }, step: string) => {
      expect([answer.status, (answer.body.error as Json).code]).toEqual([422, 'timeBarredUnconfirmed']);
      // A payment, like an offer, is an acknowledgement (民法152条1項; PRACTICE: 「a payment … renews it」).
      expect((answer.body.error as Json).message).toContain(`${step}は債務の承認となり`);
    };
    const offer = { madeOn: addDays(today, -30), amount: 450_000, installments: 60, monthly: 7_500, from: 'debtor' };
    const ours = await api('POST', `/api/creditors/${barred}/offers`, { ...offer, confirmTimeBarred: true });
    expect(ours.status).toBe(201);
    const stored = async () => ((await api('GET', `/api/creditors/${barred}/negotiation`)).body as Json).record.offers[0] as Json;

    // Changing what the debtor offers is a new offer: refused without the confirmation, nothing changed.
    refused(await api('PUT', `/api/offers/${ours.body.id}`, { monthly: 9_000, version: ours.body.version }), '和解案を出すこと');
    expect((await stored()).monthly).toBe(7_500);
    const changed = await api('PUT', `/api/offers/${ours.body.id}`, {
      monthly: 9_000,
      version: ours.body.version,
      confirmTimeBarred: true,
    });
    expect(changed.status).toBe(200);
    expect((await stored()).monthly).toBe(9_000);
    // The creditor's answer to it (拒否) acknowledges nothing of the debtor's: recorded as it is.
    const rejected = await api('PUT', `/api/offers/${ours.body.id}`, { status: 'rejected', version: (await stored()).version });
    expect(rejected.status).toBe(200);

    // A payment on the time-barred debt: refused without the confirmation, recorded with it.
    const payment = { paidOn: addDays(today, -1), amount: 7_500 };
    refused(await api('POST', `/api/creditors/${barred}/payments`, payment), '支払うこと(支払の記録)');
    const payments = async (id: string) => ((await api('GET', `/api/creditors/${id}/negotiation`)).body as Json).record.payments;
    expect(await payments(barred)).toEqual([]);
    expect((await api('POST', `/api/creditors/${barred}/payments`, { ...payment, confirmTimeBarred: true })).status).toBe(201);
    expect((await payments(barred)).map((p: Json) => p.amount)).toEqual([7_500]);
    // A running debt is not asked.
    expect((await api('POST', `/api/creditors/${running}/payments`, payment)).status).toBe(201);
  });

  it('gives the limitation refusals of documents a stable code, which the page matches instead of the wording', async () => {
    const created = await api('POST', '/api/cases/import', caseFile(todayInJapan()));
    const caseId = created.body.id as string;
    const [barred] = ((await api('GET', `/api/cases/${caseId}/overview`)).body as Json).creditors.map((c: Json) => c.id as string);
    const document = (kind: string, extra = '') => api('GET', `/api/cases/${caseId}/documents/${kind}?creditor=${barred}${extra}`);

    // An offer letter acknowledges the debt (民法152条1項): refused with its code until confirmed.
    const letter = await document('offer-letter', '&replyBy=2027-01-29');
    expect([letter.status, (letter.body.error as Json).code]).toEqual([422, 'timeBarredUnconfirmed']);
    // Confirmed, it goes past that refusal (to what else the case lacks, if anything).
    const past = await document('offer-letter', '&replyBy=2027-01-29&confirmTimeBarred=true');
    expect((past.body as Json)?.error?.code).not.toBe('timeBarredUnconfirmed');

    // A 時効援用通知 whose acceleration clause is unknown: refused with its own code until the facts are confirmed.
    const notice = await document('limitation-notice');
    expect([notice.status, (notice.body.error as Json).code]).toEqual([422, 'limitationFactsUnconfirmed']);
    const confirmed = await document('limitation-notice', '&confirmLimitationFacts=true');
    expect((confirmed.body as Json)?.error?.code).not.toBe('limitationFactsUnconfirmed');
  });

  it('heads the diagnosis with the debt in the plan, and the time-barred debt apart with 援用', async () => {
    const created = await api('POST', '/api/cases/import', caseFile(todayInJapan()));
    const diagnosis = (await api('GET', `/api/cases/${created.body.id}/diagnosis`)).body as Json;
    // 借金の合計 is the bank's 300,000 only; the servicer's 450,000 is left out of the 按分 for 時効.
    expect(diagnosis.result.debts).toMatchObject({
      inPlan: 300_000,
      timeBarred: [{ name: 'さいけん回収(架空)', debt: 450_000 }],
      timeBarredTotal: 450_000,
      otherOutside: 0,
    });
    expect(diagnosis.result.debts.timeBarredAdvice).toContain('民法145条');
    expect(diagnosis.result.totalDebt).toBe(750_000);
  });
});
