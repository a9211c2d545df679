// Saves change only what the user touched and never overwrite someone else's edit: partial edits
// keep every field they leave out, every edit carries its version, a history too (issue 9 #1, #3,
// #10, #13; issue 13 #4). Over real HTTP on every engine.
import { addDays } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('edits on $name', (engine) => {
  const embedded = embeddedServer(engine, { demo: false });
  const api = embedded.api;

  async function seed() {
    const created = (
      await api('POST', '/api/cases', { title: '山田さんの任意整理', debtor: { name: '山田 花子', nameKana: 'やまだ はなこ' } })
    ).body as Loose;
    const creditor = (
      await api('POST', `/api/cases/${created.id}/creditors`, {
        name: 'A社',
        kind: 'card',
        guarantorCompany: '',
        contact: { address: '東京都千代田区1-1', phone: '03-0000-0000', fax: '03-0000-0001', department: '管理部', person: '田中' },
        note: '平日のみ',
      })
    ).body as Loose;
    const contract = (
      await api('POST', `/api/creditors/${creditor.id}/contracts`, {
        label: 'カードローン',
        contractRate: '27',
        claimedBalance: 500_000,
        monthlyPayment: 20_000,
        recalcOptions: { yearBasis: 'fixed365' },
      })
    ).body as Loose;
    return { created, creditor, contract };
  }

  it('saving the budget keeps the title and the debtor; an edit of one debtor field keeps the others', async () => {
    const { created } = await seed();
    const budget = await api('PATCH', `/api/cases/${created.id}`, {
      budget: { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 60_000 } } },
      version: created.version,
    });
    // Failed on main: the absent title came back as the schema default "".
    expect(budget.body).toMatchObject({ title: '山田さんの任意整理', debtor: { name: '山田 花子', nameKana: 'やまだ はなこ' } });
    const occupation = await api('PATCH', `/api/cases/${created.id}`, { debtor: { occupation: '会社員' }, version: budget.body.version });
    expect(occupation.body).toMatchObject({
      title: '山田さんの任意整理',
      debtor: { name: '山田 花子', nameKana: 'やまだ はなこ', occupation: '会社員' },
      budget: { monthly: { income: { salaryApplicant: 200_000 } } },
    });
    const renamed = await api('PATCH', `/api/cases/${created.id}`, { title: '山田 花子さん(再相談)', version: occupation.body.version });
    expect(renamed.body).toMatchObject({ title: '山田 花子さん(再相談)', debtor: { occupation: '会社員' } });
  });

  it('refuses an edit without the version it was made against (it would overwrite blindly)', async () => {
    const { created, creditor, contract } = await seed();
    for (const [path, body] of [
      [`/api/cases/${created.id}`, { title: '版なし' }],
      [`/api/creditors/${creditor.id}`, { name: '版なし' }],
      [`/api/contracts/${contract.id}`, { label: '版なし' }],
    ] as const) {
      const response = await api(path.includes('/cases/') ? 'PATCH' : 'PUT', path, body);
      expect([path, response.status, response.body.error?.fields?.[0]?.path]).toEqual([path, 400, ['version']]);
    }
    expect(((await api('GET', `/api/cases/${created.id}`)).body.case as { title: string }).title).toBe('山田さんの任意整理');
  });

  it('a creditor or contract edit keeps every field it leaves out', async () => {
    const { creditor, contract } = await seed();
    const renamed = await api('PUT', `/api/creditors/${creditor.id}`, { name: 'A社(旧B社)', version: creditor.version });
    expect(renamed.body).toMatchObject({ name: 'A社(旧B社)', kind: 'card', note: '平日のみ', contact: { address: '東京都千代田区1-1' } });
    const phone = await api('PUT', `/api/creditors/${creditor.id}`, { contact: { phone: '03-1111-1111' }, version: renamed.body.version });
    expect(phone.body.contact).toEqual({
      address: '東京都千代田区1-1',
      phone: '03-1111-1111',
      fax: '03-0000-0001',
      department: '管理部',
      person: '田中',
    });
    const claimed = await api('PUT', `/api/contracts/${contract.id}`, { claimedBalance: 480_000, version: contract.version });
    expect(claimed.body).toMatchObject({
      label: 'カードローン',
      contractRate: '27',
      claimedBalance: 480_000,
      monthlyPayment: 20_000,
      recalcOptions: { yearBasis: 'fixed365' },
    });
    const cleared = await api('PUT', `/api/contracts/${contract.id}`, { monthlyPayment: null, version: claimed.body.version });
    expect(cleared.body).toMatchObject({ claimedBalance: 480_000, monthlyPayment: null });
  });

  it('a contact, an offer and the agreement keep what an edit leaves out', async () => {
    const { creditor } = await seed();
    const today = todayInJapan();
    const contact = (
      await api('POST', `/api/creditors/${creditor.id}/contacts`, {
        at: `${today}T10:00`,
        channel: 'phone',
        direction: 'incoming',
        person: '田中',
        summary: '48回の和解案',
        promises: '家計を確認して回答',
        nextAction: '回答する',
        nextActionDue: addDays(today, 7),
      })
    ).body as Loose;
    expect((await api('PUT', `/api/contacts/${contact.id}`, { nextActionDone: true, version: contact.version })).status).toBe(200);
    const file = async () => (await api('GET', `/api/creditors/${creditor.id}/negotiation`)).body as Loose;
    expect((await file()).record.contacts[0]).toMatchObject({
      summary: '48回の和解案',
      promises: '家計を確認して回答',
      nextAction: '回答する',
      nextActionDone: true,
      person: '田中',
    });
    const offer = (
      await api('POST', `/api/creditors/${creditor.id}/offers`, {
        from: 'creditor',
        madeOn: today,
        amount: 480_000,
        installments: 48,
        monthly: 10_000,
        lateChargeRate: '14.6',
        acceleration: { misses: 2, amount: 20_000 },
        note: '電話で提示',
      })
    ).body as Loose;
    const accepted = await api('PUT', `/api/offers/${offer.id}`, { status: 'accepted', version: offer.version });
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      amount: 480_000,
      lateChargeRate: '14.6',
      acceleration: { misses: 2, amount: 20_000 },
      note: '電話で提示',
    });
    const first = await api('PUT', `/api/creditors/${creditor.id}/agreement`, {
      signedOn: today,
      payeeAccount: '○○銀行 普通 1234567',
      settlementClause: true,
      version: null,
    });
    expect(first.status).toBe(200);
    await api('PUT', `/api/creditors/${creditor.id}/agreement`, { monthly: 10_000, version: first.body.version });
    expect((await file()).record.agreement).toMatchObject({
      signedOn: today,
      payeeAccount: '○○銀行 普通 1234567',
      settlementClause: true,
      monthly: 10_000,
    });
  });

  it('two screens on one history: the second save gets 409 and the first one stays', async () => {
    const { contract } = await seed();
    const loaded = (await api('GET', `/api/contracts/${contract.id}/transactions`)).body as Loose;
    expect(loaded).toEqual({ version: 0, transactions: [] });
    const mine = await api('PUT', `/api/contracts/${contract.id}/transactions`, {
      version: loaded.version,
      transactions: [{ date: '2001-01-15', borrow: 500_000 }],
    });
    expect(mine.body).toEqual({ saved: 1, version: 1 });
    // Failed on main: the history carried no version, so this silently replaced the first save.
    const theirs = await api('PUT', `/api/contracts/${contract.id}/transactions`, {
      version: loaded.version,
      transactions: [{ date: '2001-01-15', borrow: 300_000 }],
    });
    expect(theirs.status).toBe(409);
    expect(theirs.body.error?.message).toContain('あなたの入力は画面に残しています');
    const csv = new TextEncoder().encode('年月日,借入\n2001-01-15,100000\n');
    expect((await api('POST', `/api/contracts/${contract.id}/import?commit=1&version=0`, csv)).status).toBe(409);
    const noVersion = await api('POST', `/api/contracts/${contract.id}/import?commit=1`, csv);
    expect([noVersion.status, noVersion.body.error?.fields?.[0]?.path]).toEqual([400, ['version']]);
    expect((await api('GET', `/api/contracts/${contract.id}/transactions`)).body).toEqual({
      version: 1,
      transactions: [{ date: '2001-01-15', borrow: 500_000, repay: 0, rate: null, note: '', estimated: false }],
    });
  });

  it('refuses rows dated after today and amounts beyond 10億円 a row, in Japanese', async () => {
    const { contract } = await seed();
    const today = todayInJapan();
    const tomorrow = addDays(today, 1);
    const future = await api('PUT', `/api/contracts/${contract.id}/transactions`, {
      version: 0,
      transactions: [
        { date: '2001-01-15', borrow: 500_000 },
        { date: tomorrow, repay: 10_000 },
      ],
    });
    expect(future.body.error?.fields).toEqual([{ path: [1, 'date'], message: `取引日(${tomorrow})が今日(${today})より後です` }]);
    const huge = await api('PUT', `/api/contracts/${contract.id}/transactions`, {
      version: 0,
      transactions: [{ date: '2001-01-15', borrow: 1_000_000_001 }],
    });
    expect(huge.body.error?.fields).toEqual([{ path: [0, 'borrow'], message: '借入が大きすぎます(1行あたり10億円まで)' }]);
    const importFuture = await api(
      'POST',
      `/api/contracts/${contract.id}/import?commit=1&version=0`,
      new TextEncoder().encode(`年月日,借入\n${tomorrow},100000\n`),
    );
    expect(importFuture.status).toBe(400);
    expect((await api('GET', `/api/contracts/${contract.id}/transactions`)).body.transactions).toEqual([]);
  });

  it('finds cases by the debtor name, its furigana or the title, and tells two of one name apart', async () => {
    const first = (await api('POST', '/api/cases', { title: '一件目', debtor: { name: '同名 太郎', birthDate: '1980-01-01' } }))
      .body as Loose;
    const second = (await api('POST', '/api/cases', { title: '二件目', debtor: { name: '同名 太郎', prefecture: '大阪府' } }))
      .body as Loose;
    await api('POST', '/api/cases', { title: '別件', debtor: { name: '別人 次郎', nameKana: 'べつじん じろう' } });
    const found = (await api('GET', `/api/cases?q=${encodeURIComponent('同名')}`)).body as Loose[];
    expect(found.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(found.find((c: Loose) => c.id === first.id)).toMatchObject({ birthDate: '1980-01-01', prefecture: null });
    expect(found.find((c: Loose) => c.id === second.id)).toMatchObject({ birthDate: null, prefecture: '大阪府' });
    expect(((await api('GET', `/api/cases?q=${encodeURIComponent('べつじん')}`)).body as Loose[]).map((c) => c.title)).toEqual(['別件']);
    expect(((await api('GET', `/api/cases?q=${encodeURIComponent('同名太郎')}`)).body as Loose[]).length).toBe(2);
    expect(((await api('GET', `/api/cases?q=${encodeURIComponent('100%')}`)).body as Loose[]).length).toBe(0);
  });
});
