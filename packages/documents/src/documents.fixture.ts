// Cases for the document tests: the demo case as the server loads it, completed with what its
// letters need (addresses, an accepted offer, recorded budget months, the debtor's particulars,
// an office letterhead), and a generated case with 30 creditors.
import { breachSchema, type CaseContent, caseContentSchema, demoCase } from '@wakai/core';
import type { DebtorParticulars, DocumentInput, OfficeLetterhead } from './document-input.js';

export const TODAY = '2026-11-23';

export const office: OfficeLetterhead = {
  kind: 'office',
  office: '和解法律事務所',
  profession: 'lawyer',
  agent: '山田 太郎',
  registrationNumber: '12345',
  postcode: '100-0001',
  address: '東京都千代田区千代田1-1 和解ビル3階',
  tel: '03-1111-2222',
  fax: '03-1111-3333',
  person: '事務員 鈴木',
};

export const particulars: DebtorParticulars = {
  postcode: '220-0011',
  address: '神奈川県横浜市西区高島2-1-1',
  tel: '090-0000-1111',
  formerNames: [],
  formerAddresses: ['神奈川県川崎市川崎区駅前本町1-1'],
  memberNumbers: { 0: 'H-0012345' },
};

/** The demo case with everything its documents need. */
export function completedDemoCase(): CaseContent {
  const content = demoCase(TODAY);
  const [himawari, mizuho, sakura] = content.creditors;
  if (!himawari || !mizuho || !sakura) throw new Error('the demo case changed');
  mizuho.contact.address = '東京都千代田区大手町1-5-5';
  mizuho.contact.fax = '03-0000-1234';
  sakura.contact.address = '大阪府大阪市北区梅田1-1-1';
  const himawariContract = himawari.contracts[0];
  if (himawariContract) himawariContract.lastPaymentDate = '2010-04-27';
  const offer = sakura.negotiation.offers[0]?.offer;
  if (offer) {
    offer.status = 'accepted';
    offer.firstPaymentDate = '2027-01-27';
    offer.lateChargeRate = '29.2';
  }
  // Our own offer to みずほ銀行 (recorded, not yet answered).
  mizuho.negotiation.offers.push({
    offer: {
      from: 'debtor',
      madeOn: TODAY,
      amount: 820_000,
      accruedInterest: 0,
      installments: 60,
      monthly: 13_667,
      firstPaymentDate: '2027-05-10',
      futureInterestRate: '0',
      lateChargeRate: null,
      acceleration: { misses: null, amount: null },
      lumpSum: 0,
      deferralMonths: 0,
      validUntil: '2026-12-10',
      status: 'considering',
      contactId: null,
      note: '',
    },
    contact: null,
  });
  const month = (m: string, carriedOver: number, carriedForward: number) => ({
    month: m,
    income: { carriedOver, salaryApplicant: 265_000, salarySpouse: 80_000, childAllowance: 10_000 },
    spending: {
      rent: 85_000,
      food: 95_000,
      utilities: 22_000,
      phone: 14_000,
      education: 15_000,
      insurance: 12_000,
      loanRepayments: 55_000,
      misc: 57_000 + carriedOver - carriedForward,
      carriedForward,
    },
  });
  content.budget.months = [month('2026-09', 20_000, 27_000), month('2026-10', 27_000, 20_000)];
  sakura.negotiation.breaches = [breachSchema.parse(demoBreach)];
  return caseContentSchema.parse({ ...content, creditors: [...content.creditors, timeBarredServicer()] });
}

/**
 * A servicer holding a card company's cash-advance claim (2012), last paid 2019-03-01 with a 当然喪失
 * clause on one miss: accelerated on the 2019-03-27 due date, 5 years under 旧商法522条, ended
 * 2024-03-27 — its limitation has run on TODAY. Out of the 按分 by default.
 */
export function timeBarredServicer() {
  return {
    name: '架空債権回収株式会社',
    kind: 'servicer',
    originalCreditor: { name: '架空クレジット株式会社', kind: 'card' },
    contact: { address: '東京都港区芝公園4-2-8', postcode: '105-0011', representative: '回収 一郎' },
    contracts: [
      {
        label: 'キャッシング',
        contractDate: '2012-06-15',
        claimedBalance: 450_000,
        lastPaymentDate: '2019-03-01',
        dueDay: 27,
        delinquent: true,
        limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
      },
    ],
  };
}

/** A creditor billing more than the accepted offer (a breach of the agreement, 履行請求書). */
const demoBreach = {
  kind: 'wrong-amount',
  occurredOn: '2026-11-20',
  agreed: '毎月27日に9,167円を支払う',
  happened: '12,000円の請求書が届いた',
  agreedAmount: 9_167,
  actualAmount: 12_000,
  demandDeadline: '2026-12-07',
} as const;

export function demoInput(options: DocumentInput['options'] = {}): DocumentInput {
  return { case: completedDemoCase(), letterhead: office, today: TODAY, debtor: particulars, options };
}

function monthly(start: number, months: number, loan: number, payment: number) {
  const rows: { date: string; borrow?: number; repay?: number }[] = [{ date: `${start}-01-10`, borrow: loan }];
  for (let i = 1; i <= months; i++) {
    const year = start + Math.floor(i / 12);
    rows.push({ date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-27`, repay: payment });
  }
  return rows;
}

/**
 * A case with `count` creditors: even ones with a history (the first overpaid), odd ones with only
 * the claimed balance; creditor 3 has an accepted offer, creditor 5 an old last payment.
 */
export function manyCreditorsCase(count = 30): CaseContent {
  const creditors = Array.from({ length: count }, (_, i) => ({
    name: `架空ファイナンス${i + 1}号`,
    kind: 'consumer-finance',
    contact: { address: `東京都中央区架空町${i + 1}-1`, phone: '', fax: `03-0000-${String(1000 + i)}`, department: '', person: '' },
    contracts: [
      i % 2 === 0
        ? {
            label: 'キャッシング',
            // The first ended in 2017 (its overpayment still claimable); the others ended 10+ years ago.
            contractDate: `${i === 0 ? 2014 : 2004 + (i % 5)}-01-10`,
            transactions: monthly(i === 0 ? 2014 : 2004 + (i % 5), 36, 300_000 + i * 10_000, 20_000),
          }
        : {
            label: 'カードローン',
            contractDate: '2018-04-01',
            claimedBalance: 300_000 + i * 10_000,
            // Creditor 5 stopped paying in 2015 under a 当然喪失 clause: its limitation has run.
            ...(i === 5
              ? {
                  contractDate: '2012-04-01',
                  lastPaymentDate: '2015-03-27',
                  dueDay: 27,
                  delinquent: true,
                  limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
                }
              : {}),
          },
    ],
    negotiation: {
      status: i === 3 ? 'agreed' : 'notice-sent',
      changes: [{ status: 'notice-sent', date: '2026-10-01' }],
      offers:
        i === 3
          ? [
              {
                offer: {
                  from: 'creditor',
                  madeOn: '2026-11-01',
                  amount: 330_000,
                  installments: 36,
                  monthly: 9_167,
                  firstPaymentDate: '2027-01-27',
                  lateChargeRate: '14.6',
                  status: 'accepted',
                },
              },
            ]
          : [],
      breaches: i === 3 ? [demoBreach] : [],
    },
  }));
  return caseContentSchema.parse({ ...demoCase(TODAY), budget: completedDemoCase().budget, creditors });
}

/** The creditor each per-creditor document is made for in the 30-creditor case. */
export const manyCreditorsChoice = {
  'history-request': 29,
  'recalc-statement': 0,
  'offer-letter': 1,
  'settlement-agreement': 3,
  'overpayment-claim': 0,
  'limitation-notice': 5,
  'performance-demand': 3,
  'preparation-sheet': 2,
} as const;

/** One contract with a `rows`-row history (a 計算書 of many pages). */
export function longHistoryCase(rows: number): CaseContent {
  const content = completedDemoCase();
  const contract = content.creditors[0]?.contracts[0];
  if (!contract) throw new Error('the demo case changed');
  const history = [{ date: '1995-01-10', borrow: 500_000, repay: 0 }];
  let day = 9_131; // 1995-01-10 as days since 1970
  for (let i = 1; i < rows; i++) {
    day += 9;
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    history.push(i % 10 === 0 ? { date, borrow: 100_000, repay: 0 } : { date, borrow: 0, repay: 12_000 });
  }
  contract.transactions = history.map((t) => ({ ...t, rate: null, note: '', estimated: false }));
  return content;
}
