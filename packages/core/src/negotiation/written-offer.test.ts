// The offer in writing and the meeting checklist (guide 002 「対面・電話・メール」) carry the sheet's
// terms and this creditor's share only — never the whole monthly surplus — and nothing for a debt
// that may be time-barred (民法152条1項) or that is not the debtor's (名義盗用).
import { describe, expect, it } from 'vitest';
import { buildPosition } from '../position/position.fixture.js';
import { type PreparationInput, preparationSheet } from './preparation-sheet.js';
import { meetingChecklist, writtenOffer } from './written-offer.js';

const input = (position = buildPosition({ on: '2026-12-04', contracts: [{ claimedBalance: 200_000 }] })): PreparationInput => ({
  today: '2026-12-04',
  debtorName: '山田 花子',
  creditor: { name: 'A社', kind: 'consumer-finance', contractNumbers: ['123-456'] },
  position,
  sustainable: 98_734,
  share: 7_000,
  startMonth: '2027-05',
  facts: { incomeFell: null, bonusIncome: false },
});

describe('the offer in writing', () => {
  it('states the opening terms and never the whole surplus', () => {
    const sheet = preparationSheet(input());
    const letter = writtenOffer(sheet, { debtorName: '山田 花子', contractNumbers: ['123-456'] });
    const text = letter?.body.join('\n') ?? '';
    expect(text).toContain('和解金額 200,000円');
    expect(text).toContain('36回');
    expect(text).not.toContain('98,734');
    expect(meetingChecklist(sheet).doNotSign.join()).toContain('署名・押印しない');
  });

  it('offers nothing in writing for a debt not the debtor’s (名義盗用), and says why', () => {
    const stolen = buildPosition({ on: '2026-12-04', contracts: [{ claimedBalance: 300_000, identityTheft: true }] });
    expect(stolen.plan).toMatchObject({ included: false, notOwed: 'identity-theft' });
    const sheet = preparationSheet(input(stolen));
    expect(sheet.opening).toBeNull();
    expect(writtenOffer(sheet, { debtorName: '山田 花子', contractNumbers: [] })).toBeNull();
  });

  it('a possibly time-barred debt: the meeting promises no payment at all and points to the 時効 check, not a 0円 ceiling (民法152条1項)', () => {
    // Last paid 2018-03-01 to a consumer-finance company: 5 years (民法166条1項1号) may have run; any promise
    // to pay is an acknowledgement that renews the period and costs the defence (民法152条1項; 最判昭和41年4月20日).
    const barred = buildPosition({
      on: '2026-12-04',
      contracts: [{ contractDate: '2012-03-01', claimedBalance: 450_000, lastPaymentDate: '2018-03-01', dueDay: 1, delinquent: true }],
    });
    expect(['may-have-run', 'has-run']).toContain(barred.limitationStatus);
    const sheet = preparationSheet(input(barred));
    expect(sheet.timeBarred).not.toBeNull();
    const doNotSign = meetingChecklist({ ...sheet, budget: { ...sheet.budget, share: 0 } }).doNotSign;
    expect(doNotSign).toContain(
      'どんな額の支払いも約束しない(金額・回数も話さない)。先に「時効の確認」の欄で時効を確かめる(払う約束は承認になります。民法152条1項)',
    );
    expect(doNotSign.join()).not.toContain('0円');
    expect(doNotSign.join()).not.toContain('を超える支払い');
  });
});
