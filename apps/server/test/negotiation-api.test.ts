// Negotiation over real HTTP on every engine: steps refused and taken, an offer judged against the
// budget, stale edits refused, files checked, payments watched, deadlines as iCalendar, owners only.
import { addDays, daysBetween, offerSchema, paymentSchedule, scheduleTermsOf } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type client, embeddedServer, officeServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A case whose budget leaves 30,000 a month, split 1 : 2 between A社 (576,000) and B社 (1,152,000). */
async function seedCase(api: ReturnType<typeof client>) {
  const created = await api('POST', '/api/cases', { title: '交渉テスト', debtor: { name: '交渉 太郎' } });
  const caseId = created.body.id as string;
  await api('PATCH', `/api/cases/${caseId}`, {
    budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    version: created.body.version,
  });
  const creditors: string[] = [];
  for (const [name, kind, claimed] of [
    ['A社', 'card', 576_000],
    ['B銀行', 'bank', 1_152_000],
  ] as const) {
    const creditor = await api('POST', `/api/cases/${caseId}/creditors`, { name, kind });
    await api('POST', `/api/creditors/${creditor.body.id}/contracts`, { claimedBalance: claimed });
    creditors.push(creditor.body.id as string);
  }
  return { caseId, creditors: creditors as [string, string] };
}

describe.each(testEngines())('negotiation API on $name', (engine) => {
  describe('embedded (local owner)', () => {
    const embedded = embeddedServer(engine, { demo: false });
    const api = embedded.api;

    it('carries a creditor from the notice to payments, refusing steps out of order and stale edits', async () => {
      const today = todayInJapan();
      const { caseId, creditors } = await seedCase(api);
      const [a] = creditors;
      const file = async () => (await api('GET', `/api/creditors/${a}/negotiation`)).body as Loose;
      let current = await file();
      expect(current.view).toMatchObject({ status: 'not-started', label: '未着手' });
      expect(current.context).toMatchObject({ debt: 576_000, sustainable: 30_000, share: 10_000 });

      const refused = await api('POST', `/api/creditors/${a}/status`, { to: 'agreed', date: today, version: current.creditor.version });
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toBe(
        '「未着手」から「合意」には進めません(次に進める段階: 受任通知送付・取引履歴請求・時効援用)',
      );

      const step = async (to: string, date: string) => {
        const version = (await file()).creditor.version;
        const moved = await api('POST', `/api/creditors/${a}/status`, { to, date, version });
        expect([to, moved.status, moved.body.error?.message]).toEqual([to, 200, undefined]);
      };
      await step('notice-sent', addDays(today, -120));
      await step('history-received', addDays(today, -100));
      await step('recalculated', addDays(today, -99));

      const contact = await api('POST', `/api/creditors/${a}/contacts`, {
        at: `${addDays(today, -98)}T10:30`,
        channel: 'phone',
        direction: 'incoming',
        person: '山本',
        summary: '48回 × 12,000円の和解案',
        nextAction: '対案を送る',
        nextActionDue: addDays(today, 3),
      });
      expect(contact.status).toBe(201);
      const badContact = await api('POST', `/api/creditors/${a}/contacts`, {
        at: '2026-13-01T10:00',
        channel: 'pigeon',
        direction: 'incoming',
        summary: '',
      });
      expect(badContact.status).toBe(400);
      expect((badContact.body.error?.fields ?? []).map((f: { message: string }) => f.message)).toEqual([
        '日時は日付と時刻(YYYY-MM-DD HH:MM)で入力してください',
        '連絡の方法を選んでください',
        '内容を入力してください',
      ]);

      const offer = await api('POST', `/api/creditors/${a}/offers`, {
        from: 'creditor',
        madeOn: addDays(today, -98),
        amount: 576_000,
        installments: 48,
        monthly: 12_000,
        contactId: contact.body.id,
      });
      expect(offer.status).toBe(201);
      current = await file();
      const judged = current.view.offers[0].judgement;
      expect(judged).toMatchObject({ totalPayable: 576_000, fitsShare: false, fitsBudget: true });
      expect(judged.counterOffers[0]).toMatchObject({ installments: 58, monthly: 9_932, fitsShare: true });

      // Two screens opened on the same creditor: the second one's step is refused, nothing lost.
      const stale = current.creditor.version;
      await step('negotiating', addDays(today, -98));
      const conflict = await api('POST', `/api/creditors/${a}/status`, { to: 'offer-sent', date: addDays(today, -97), version: stale });
      expect(conflict.status).toBe(409);
      expect(conflict.body.error?.message).toContain('他の画面または他の人がこの内容を先に変更しました');
      expect((await file()).view.status).toBe('negotiating');

      // The counter-offer, accepted.
      const first = addDays(today, -75);
      const counter = await api('POST', `/api/creditors/${a}/offers`, {
        from: 'debtor',
        madeOn: addDays(today, -97),
        amount: 576_000,
        installments: 48,
        monthly: 12_000,
        firstPaymentDate: first,
        acceleration: { misses: 2, amount: 24_000 },
        lateChargeRate: '14.6',
      });
      const offerVersion = counter.body.version as number;
      const accept = await api('PUT', `/api/offers/${counter.body.id}`, { ...counter.body, status: 'accepted', version: offerVersion });
      expect(accept.status).toBe(200);
      const staleOffer = await api('PUT', `/api/offers/${counter.body.id}`, { ...counter.body, status: 'rejected', version: offerVersion });
      expect(staleOffer.status).toBe(409);
      await step('agreed', addDays(today, -96));
      const unsigned = await api('POST', `/api/creditors/${a}/status`, {
        to: 'agreement-signed',
        date: addDays(today, -90),
        version: (await file()).creditor.version,
      });
      expect(unsigned.body.error?.message).toBe('「和解書締結」にするには、和解書の締結日と条項を入力してください(和解書のチェック)');

      const agreement = await api('PUT', `/api/creditors/${a}/agreement`, {
        signedOn: addDays(today, -90),
        confirmedBalance: 576_000,
        installments: 48,
        monthly: 12_000,
        firstPaymentDate: first,
        acceleration: { misses: 1, amount: null },
        lateChargeRate: '26.28',
        version: null,
      });
      expect(agreement.body).toEqual({ version: 1 });
      const checklist = (await file()).view.checklist;
      expect(checklist.items.find((i: { id: string }) => i.id === 'acceleration')).toMatchObject({ status: 'warn' });
      expect(checklist.items.find((i: { id: string }) => i.id === 'late-charge').detail).toContain('上限 年20%');
      // A new agreement reads 休日は翌営業日 unless told otherwise (民法142条); a wrong value names the field.
      expect(checklist.items.find((i: { id: string }) => i.id === 'holiday')).toMatchObject({ status: 'ok', detail: '休日は翌営業日' });
      const badHoliday = await api('PUT', `/api/creditors/${a}/agreement`, { holidayRule: 'sometimes', version: 1 });
      expect(badHoliday.status).toBe(400);
      expect(badHoliday.body.error?.message).toContain('休日の支払日の扱い');
      expect((await file()).record.agreementVersion).toBe(1);
      // Corrected to what was offered.
      await api('PUT', `/api/creditors/${a}/agreement`, {
        signedOn: addDays(today, -90),
        confirmedBalance: 576_000,
        installments: 48,
        monthly: 12_000,
        firstPaymentDate: first,
        acceleration: { misses: 2, amount: 24_000 },
        lateChargeRate: '14.6',
        settlementClause: true,
        version: 1,
      });
      await step('agreement-signed', addDays(today, -90));
      await step('repaying', first);

      const due = paymentSchedule(scheduleTermsOf(offerSchema.parse({ ...counter.body, contactId: null }), null));
      for (const installment of due.slice(0, 2)) {
        const paid = await api('POST', `/api/creditors/${a}/payments`, { paidOn: installment.dueDate, amount: 12_000 });
        expect(paid.status).toBe(201);
      }
      const future = await api('POST', `/api/creditors/${a}/payments`, { paidOn: addDays(today, 1), amount: 12_000 });
      expect(future.body.error?.message).toContain('今日より後です');
      const payments = (await file()).view.payments;
      expect(payments).toMatchObject({ paid: 24_000, missed: 1, arrears: 12_000, remaining: 552_000 });
      // The day it falls due: an agreed day on a bank holiday moves to the next business day.
      const fourth = due[3]?.fallsDueOn as string;
      expect(payments.acceleration).toEqual({
        state: 'countdown',
        on: fourth,
        daysLeft: daysBetween(today, fourth),
        toCure: 12_000,
        balance: 552_000,
      });
      const done = await api('POST', `/api/creditors/${a}/status`, {
        to: 'completed',
        date: today,
        version: (await file()).creditor.version,
      });
      expect(done.body.error?.message).toContain('すべて支払われている必要があります');

      // Deadlines across cases, and the same as an iCalendar file that parses.
      const deadlines = (await api('GET', '/api/deadlines?days=60')).body as Record<string, { kind: string; title: string }[]>;
      expect(deadlines.overdue?.map((d) => d.kind)).toContain('payment');
      const ahead = [...(deadlines.thisWeek ?? []), ...(deadlines.later ?? [])].map((d) => d.kind);
      expect(ahead).toContain('acceleration');
      // The next action promised before the agreement was signed was closed by the signing (issue 9 #8).
      expect(ahead).not.toContain('next-action');
      const closed = (await file()).record.contacts[0];
      expect(closed).toMatchObject({ nextAction: '対案を送る', nextActionDone: true });
      const ics = await fetch(`${embedded.url()}/api/deadlines.ics`);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.some((e) => e.summary.includes('期限の利益喪失') && e.startDate.toString() === fourth)).toBe(true);
      expect(events.some((e) => e.summary.includes('対案を送る'))).toBe(false);
      // An office calendar holds many debtors: every event names whose case it is.
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.summary.includes('交渉 太郎 / A社:') || e.summary.includes('交渉 太郎 / B銀行:'))).toBe(true);
      expect(
        events.some((e) => e.summary === `【期限の利益喪失】交渉 太郎 / A社: この日までに 12,000円 を払わないと期限の利益を失います`),
      ).toBe(true);

      expect((await api('GET', `/api/cases/${caseId}/negotiation`)).body.creditors).toHaveLength(2);
    });

    it('takes PDFs and images with matching content only, up to 5 MB, and gives them back unchanged', async () => {
      const { creditors } = await seedCase(api);
      const contact = await api('POST', `/api/creditors/${creditors[0]}/contacts`, {
        at: '2026-11-01T09:00',
        channel: 'fax',
        direction: 'incoming',
        summary: '和解案のFAX',
      });
      const upload = (bytes: Uint8Array, type: string, name: string) =>
        api('POST', `/api/contacts/${contact.body.id}/attachments?name=${encodeURIComponent(name)}`, bytes, { 'content-type': type });
      const stored = await upload(pdf, 'application/pdf', '和解案.pdf');
      expect(stored.status).toBe(201);
      const back = await fetch(`${embedded.url()}/api/attachments/${stored.body.id}`);
      expect(new Uint8Array(await back.arrayBuffer())).toEqual(pdf);
      expect(back.headers.get('content-disposition')).toContain(encodeURIComponent('和解案.pdf'));

      const script = await upload(new TextEncoder().encode('<script>alert(1)</script>'), 'application/pdf', 'fake.pdf');
      expect(script.status).toBe(400);
      expect(script.body.error?.message).toBe('「fake.pdf」は添付できません。PDFか画像(PNG・JPEG・TIFF・WebP・HEIC・GIF)にしてください');
      const mislabelled = await upload(pdf, 'image/png', 'scan.png');
      expect(mislabelled.body.error?.message).toBe('「scan.png」の種類(image/png)と中身(application/pdf)が一致しません');
      const big = new Uint8Array(5 * 1024 * 1024 + 1);
      big.set(pdf);
      expect((await upload(big, 'application/pdf', 'big.pdf')).status).toBe(413);
      const listed = (await api('GET', `/api/creditors/${creditors[0]}/negotiation`)).body as Loose;
      expect(listed.record.contacts[0].attachments).toEqual([
        { id: stored.body.id, fileName: '和解案.pdf', contentType: 'application/pdf', size: pdf.length },
      ]);
    });

    it('hands a subrogated debt to the guarantor company as a new creditor', async () => {
      const { caseId, creditors } = await seedCase(api);
      const bank = creditors[1];
      const version = async () => ((await api('GET', `/api/creditors/${bank}/negotiation`)).body as Loose).creditor.version;
      await api('POST', `/api/creditors/${bank}/status`, { to: 'notice-sent', date: '2026-10-01', version: await version() });
      const missing = await api('POST', `/api/creditors/${bank}/status`, {
        to: 'subrogated',
        date: '2026-11-01',
        version: await version(),
      });
      expect(missing.body.error?.message).toBe('代位弁済した保証会社の名前を入力してください');
      const moved = await api('POST', `/api/creditors/${bank}/status`, {
        to: 'subrogated',
        date: '2026-11-01',
        successor: 'オリコ',
        version: await version(),
      });
      expect(moved.status).toBe(200);
      const detail = (await api('GET', `/api/cases/${caseId}`)).body as Loose;
      const successor = detail.creditors.find((c: { name: string }) => c.name === 'オリコ');
      expect(successor).toMatchObject({ kind: 'guarantor-company', status: 'not-started', note: 'B銀行から代位弁済(2026-11-01)' });
      expect(successor.contracts[0].claimedBalance).toBe(1_152_000);
    });
  });

  describe('office server (logins)', () => {
    const { login } = officeServer(engine);

    it('shows a creditor negotiation, its contacts, files, offers and payments only to the case owner', async () => {
      const a = await login('a@office.example');
      const b = await login('b@office.example');
      const { caseId, creditors } = await seedCase(a);
      const creditor = creditors[0];
      const contact = (
        await a('POST', `/api/creditors/${creditor}/contacts`, {
          at: '2026-11-01T09:00',
          channel: 'phone',
          direction: 'outgoing',
          summary: '連絡',
        })
      ).body.id;
      const file = (await a('POST', `/api/contacts/${contact}/attachments?name=a.pdf`, pdf, { 'content-type': 'application/pdf' })).body.id;
      const offer = (
        await a('POST', `/api/creditors/${creditor}/offers`, {
          from: 'creditor',
          madeOn: '2026-11-01',
          amount: 100_000,
          installments: 10,
          monthly: 10_000,
        })
      ).body.id;
      const payment = (await a('POST', `/api/creditors/${creditor}/payments`, { paidOn: '2026-11-01', amount: 1_000 })).body.id;
      for (const [method, path] of [
        ['GET', `/api/cases/${caseId}/negotiation`],
        ['GET', `/api/cases/${caseId}/deadlines.ics`],
        ['GET', `/api/creditors/${creditor}/negotiation`],
        ['POST', `/api/creditors/${creditor}/status`],
        ['POST', `/api/creditors/${creditor}/contacts`],
        ['PUT', `/api/contacts/${contact}`],
        ['DELETE', `/api/contacts/${contact}`],
        ['POST', `/api/contacts/${contact}/attachments`],
        ['GET', `/api/attachments/${file}`],
        ['DELETE', `/api/attachments/${file}`],
        ['POST', `/api/creditors/${creditor}/offers`],
        ['PUT', `/api/offers/${offer}`],
        ['DELETE', `/api/offers/${offer}`],
        ['PUT', `/api/creditors/${creditor}/agreement`],
        ['POST', `/api/creditors/${creditor}/payments`],
        ['DELETE', `/api/payments/${payment}`],
      ] as const) {
        const response = await b(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
        expect([method, path, response.status]).toEqual([method, path, 404]);
      }
      const theirs = (await b('GET', '/api/deadlines')).body as Record<string, unknown[]>;
      expect([theirs.overdue, theirs.dueToday, theirs.thisWeek, theirs.later]).toEqual([[], [], [], []]);
      expect((await a('GET', `/api/creditors/${creditor}/negotiation`)).status).toBe(200);
    });
  });
});
