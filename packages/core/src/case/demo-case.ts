// The demo case loaded on the first start of an embedded install: a fictional debtor with three
// creditors, one of them with a full history that recalculates into an overpayment, and the
// negotiation under way (dated from the day the demo is made, so its deadlines are current).
import { addDays } from '../civil-date.js';
import { type CaseContent, caseContentSchema } from './case-file.js';

function monthlyHistory(start: { year: number; month: number }, months: number, loan: number, payment: number) {
  const rows: { date: string; borrow?: number; repay?: number }[] = [{ date: isoDate(start.year, start.month, 10), borrow: loan }];
  for (let i = 1; i <= months; i++) {
    const total = start.month - 1 + i;
    rows.push({ date: isoDate(start.year + Math.floor(total / 12), (total % 12) + 1, 27), repay: payment });
  }
  return rows;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function demoCase(today: string): CaseContent {
  const daysAgo = (days: number) => addDays(today, -days);
  return caseContentSchema.parse({
    title: '【デモ】佐藤 一郎さんの債務整理',
    debtor: {
      name: '佐藤 一郎',
      nameKana: 'さとう いちろう',
      birthDate: '1978-06-15',
      prefecture: '神奈川県',
      largeCity: true,
      occupation: '会社員(運送業)',
      householdMembers: [
        { name: '佐藤 恵子', relation: '妻', age: 45, monthlyIncome: 80_000 },
        { name: '佐藤 大輝', relation: '長男', age: 12 },
      ],
    },
    budget: {
      monthly: {
        income: { salaryApplicant: 265_000, salarySpouse: 80_000, childAllowance: 10_000 },
        // Living costs 325,000 leave 30,000 a month: a 36-installment plan does not fit, a 60 one does.
        spending: {
          rent: 85_000,
          parking: 12_000,
          utilities: 22_000,
          phone: 14_000,
          food: 95_000,
          eatingOut: 12_000,
          clothing: 8_000,
          medical: 6_000,
          entertainment: 10_000,
          education: 15_000,
          insurance: 12_000,
          taxes: 8_000,
          commuting: 6_000,
          misc: 20_000,
          loanRepayments: 55_000,
        },
      },
      months: [],
    },
    assets: {
      cash: 20_000,
      deposits: [
        { bank: 'ゆうちょ銀行', kind: '通常貯金', balance: 80_000 },
        { bank: 'みずほ銀行', branch: '横浜支店', kind: '普通預金', balance: 150_000 },
      ],
      cars: [{ name: '軽自動車', value: 300_000, loanBalance: 450_000, lender: 'オリコ', titleRetained: true }],
      insurance: [],
      home: null,
      other: [],
    },
    creditors: [
      {
        name: 'ひまわりファイナンス(架空)',
        kind: 'consumer-finance',
        contact: { address: '東京都千代田区架空町1-1', phone: '03-0000-0000', fax: '', department: 'お客様相談室', person: '' },
        contracts: [
          {
            label: 'キャッシング基本契約',
            contractDate: '2009-04-10',
            contractRate: '27.8',
            claimedBalance: 0,
            monthlyPayment: 0,
            purpose: '生活費',
            // Paid off in 2017: the overpayment's 10 years (最判H21.1.22) run to 2027.
            transactions: monthlyHistory({ year: 2009, month: 4 }, 100, 500_000, 15_000),
          },
        ],
        negotiation: {
          status: 'recalculated',
          changes: [
            { status: 'notice-sent', date: daysAgo(40) },
            { status: 'history-received', date: daysAgo(12) },
            { status: 'recalculated', date: daysAgo(10) },
          ],
        },
      },
      {
        name: 'みずほ銀行',
        kind: 'bank',
        guarantorCompany: 'オリコ',
        contracts: [
          {
            label: 'カードローン',
            contractDate: '2018-09-01',
            contractRate: '14',
            creditLimit: 1_000_000,
            claimedBalance: 820_000,
            monthlyPayment: 25_000,
            dueDay: 10,
          },
        ],
        negotiation: {
          status: 'notice-sent',
          changes: [{ status: 'notice-sent', date: daysAgo(40), note: '預金は事前に引き出し済み' }],
          contacts: [
            {
              at: `${daysAgo(5)}T11:00`,
              channel: 'phone',
              direction: 'incoming',
              person: 'ローンセンター',
              summary: '保証会社(オリコ)による代位弁済の手続中。完了後はオリコと交渉するよう案内あり',
              nextAction: 'オリコに代位弁済の完了を確認',
              nextActionDue: addDays(today, 14),
            },
          ],
        },
      },
      {
        name: 'さくらカード(架空)',
        kind: 'card',
        contracts: [
          {
            label: 'ショッピングリボ',
            kind: 'shopping',
            contractDate: '2015-02-01',
            lastPaymentDate: addDays(today, -70),
            claimedBalance: 640_000,
            monthlyPayment: 30_000,
            dueDay: 27,
            delinquent: true,
          },
        ],
        negotiation: {
          status: 'negotiating',
          changes: [
            { status: 'notice-sent', date: daysAgo(40) },
            { status: 'history-received', date: daysAgo(25) },
            { status: 'recalculated', date: daysAgo(24) },
            { status: 'negotiating', date: daysAgo(3) },
          ],
          contacts: [
            {
              at: `${daysAgo(3)}T14:30`,
              channel: 'phone',
              direction: 'incoming',
              person: '債権管理部 田中',
              summary: '48回払いの和解案の提示。回答は2週間以内に',
              promises: '家計を確認して回答する',
              nextAction: '和解案に回答する',
              nextActionDue: addDays(today, 3),
            },
          ],
          offers: [
            {
              offer: {
                from: 'creditor',
                madeOn: daysAgo(3),
                amount: 640_000,
                installments: 48,
                monthly: 13_334,
                validUntil: addDays(today, 11),
              },
              contact: 0,
            },
          ],
        },
      },
    ],
  });
}
