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
});
