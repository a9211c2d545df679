// The facts a debt position turns on, edited over real HTTP on every engine (issue 17): a contract's
// kind and limitation facts, a servicer's original creditor, the plan choice `inPlan` — and the
// position each answer (overview, negotiation, diagnosis) reads back; bad input names its field and
// saves nothing; the case file carries every fact.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, type Json } from './http-client.js';

// A 債権回収会社 claims 450,000; the last payment was 2019-03-01 on a contract of 2012 (issue 17, defect 1).
const caseFile = {
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
        contracts: [
          {
            label: '貸金',
            contractDate: '2012-03-01',
            claimedBalance: 450_000,
            lastPaymentDate: '2019-03-01',
            dueDay: 1,
            delinquent: true,
          },
        ],
      },
    ],
  },
};

describe.each(testEngines())('debt position facts over the API on $name', (engine) => {
  const server = embeddedServer(engine, { demo: false });
  const api = server.api;

  it('reads the limitation facts, the original creditor and the plan choice into every answer', async () => {
    const created = await api('POST', '/api/cases/import', caseFile);
    expect(created.status).toBe(201);
    const caseId = created.body.id as string;
    const detail = (await api('GET', `/api/cases/${caseId}`)).body as Json;
    const creditor = detail.creditors[0];
    const contract = creditor.contracts[0];

    // Without the acceleration clause the period cannot be counted: may have run (PRACTICE "Status").
    let overview = (await api('GET', `/api/cases/${caseId}/overview`)).body as Json;
    expect(overview.creditors[0].position.limitationStatus).toBe('may-have-run');

    // A bad clause is refused, naming the field; nothing is saved.
    const bad = await api('PUT', `/api/contracts/${contract.id}`, {
      limitation: { accelerationType: 'sometimes' },
      version: contract.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toContainEqual({
      path: ['limitation', 'accelerationType'],
      message: '期限の利益喪失条項を選んでください',
    });

    // 当然喪失 on the first miss: the first missed due day is 2019-04-01; old commercial law, 5 years
    // (旧商法522条, 改正民法附則10条4項), from the day after (民法140条): ends at the end of 2024-04-01.
    const saved = await api('PUT', `/api/contracts/${contract.id}`, {
      kind: 'loan',
      limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
      version: contract.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      kind: 'loan',
      limitation: { accelerationType: 'automatic', accelerationMisses: 1, courtTitle: null },
    });
    const stale = await api('PUT', `/api/contracts/${contract.id}`, { kind: 'shopping', version: contract.version });
    expect(stale.status).toBe(409);

    overview = (await api('GET', `/api/cases/${caseId}/overview`)).body as Json;
    const position = overview.creditors[0].position;
    expect(position).toMatchObject({ limitationStatus: 'has-run', settlementBase: 450_000, claimed: 450_000 });
    expect(position.contracts[0].limitation).toMatchObject({
      endsOn: '2024-04-01',
      startsFrom: { event: 'acceleration', on: '2019-04-01' },
    });
    expect(position.plan).toMatchObject({ included: false, chosen: null });
    expect(position.warnings.map((w: Json) => w.code)).toContain('limitation-has-run');

    // The servicer holds a 貸金業者's claim: 貸金業法21条1項9号 binds it through 24条2項.
    const badOriginal = await api('PUT', `/api/creditors/${creditor.id}`, {
      originalCreditor: { name: 'アイフル(架空)', kind: 'pawnshop' },
      version: creditor.version,
    });
    expect(badOriginal.status).toBe(400);
    expect(badOriginal.body.error.fields[0]).toMatchObject({
      path: ['originalCreditor', 'kind'],
      message: '元の債権者の種類を選んでください',
    });
    const withOriginal = await api('PUT', `/api/creditors/${creditor.id}`, {
      originalCreditor: { name: 'アイフル(架空)', kind: 'consumer-finance' },
      version: creditor.version,
    });
    expect(withOriginal.status).toBe(200);
    const file = (await api('GET', `/api/creditors/${creditor.id}/negotiation`)).body as Json;
    expect(file.position.regime).toMatchObject({ kind: 'servicer', label: '債権回収会社(アイフル(架空)の債権)', moneyLendingAct: true });
    expect(file.position.regime.noticeStatutes.join('')).toContain('24条2項');
    expect(file.coach.limitation[0].summary).toContain('2024-04-01に満了');

    // Left out of the 按分 by default with the reason; put back by the user's choice.
    let diagnosis = (await api('GET', `/api/cases/${caseId}/diagnosis`)).body as Json;
    expect(diagnosis.result.leftOut).toEqual([
      { key: creditor.id, name: 'さいけん回収(架空)', reason: 'not-in-plan', text: position.plan.reason },
    ]);
    expect(diagnosis.result.plan.creditors).toHaveLength(0);
    const putBack = await api('PUT', `/api/creditors/${creditor.id}`, { inPlan: true, version: withOriginal.body.version });
    expect(putBack.status).toBe(200);
    diagnosis = (await api('GET', `/api/cases/${caseId}/diagnosis`)).body as Json;
    expect(diagnosis.result.leftOut).toEqual([]);
    expect(diagnosis.positions[0].plan).toMatchObject({ included: true, chosen: true });
    expect(diagnosis.result.plan.creditors[0]).toMatchObject({ name: 'さいけん回収(架空)', debt: 450_000 });

    // The case file carries every fact: imported again, the position is the same.
    const exported = (await api('GET', `/api/cases/${caseId}/export`)).body as Json;
    const again = await api('POST', '/api/cases/import', exported);
    expect(again.status).toBe(201);
    const copy = (await api('GET', `/api/cases/${again.body.id}`)).body as Json;
    expect(copy.creditors[0]).toMatchObject({ originalCreditor: { name: 'アイフル(架空)', kind: 'consumer-finance' }, inPlan: true });
    expect(copy.creditors[0].contracts[0]).toMatchObject({
      kind: 'loan',
      limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
    });
    const copyOverview = (await api('GET', `/api/cases/${again.body.id}/overview`)).body as Json;
    expect(copyOverview.creditors[0].position).toMatchObject({ limitationStatus: 'has-run', settlementBase: 450_000 });

    // A new 信用金庫 creditor and its contract (POST) take the same facts: an old-law loan to a
    // non-merchant runs 10 years (旧民法167条1項; 最判昭和63年10月18日) from 当然喪失 on 2019-04-01 — still running.
    const added = await api('POST', `/api/cases/${caseId}/creditors`, { name: 'あおば信用金庫', kind: 'cooperative' });
    expect(added.status).toBe(201);
    const loan = await api('POST', `/api/creditors/${added.body.id}/contracts`, {
      kind: 'loan',
      contractDate: '2015-06-01',
      claimedBalance: 800_000,
      lastPaymentDate: '2019-03-01',
      dueDay: 1,
      delinquent: true,
      limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
    });
    expect(loan.status).toBe(201);
    const withCooperative = (await api('GET', `/api/cases/${caseId}/overview`)).body as Json;
    const cooperative = withCooperative.creditors.find((c: Json) => c.id === added.body.id).position;
    expect(cooperative).toMatchObject({ limitationStatus: 'running', settlementBase: 800_000, regime: { kind: 'cooperative' } });
    expect(cooperative.contracts[0].limitation.rule.law).toBe('old-civil');
  });
});
