// Which creditors to deal with first, and why: rules as data, each with its reason and source.
// docs/law/practice.md "Risks to warn about" (guaranteed debts billed in full, car loans with retained title,
// phone handset installments, creditors who sue) and the guide's way of ranking ("差押えや担保の
// 有無」「利率が高い債務」「生活に直結する支払い").
import { parseRatePercent } from '../rate.js';
import type { NegotiationStatus } from './negotiation-status.js';

export interface PriorityCreditor {
  key: string;
  name: string;
  status: NegotiationStatus;
  contracts: readonly { guarantorPerson: string; collateral: string; purpose: string; contractRate: string | null }[];
  /** What is owed after recalculation, where known: a creditor owed nothing (paid off, overpaid) is no priority. */
  debt?: number;
}

export interface PriorityReason {
  id: 'seizure' | 'guarantor' | 'secured' | 'phone' | 'rate';
  text: string;
  source: string;
}

export interface CreditorPriority {
  key: string;
  name: string;
  /** Higher first; 0: nothing particular. */
  weight: number;
  reasons: PriorityReason[];
}

const practice = '債務整理の実務で注意すべき点';
const rules: readonly {
  id: PriorityReason['id'];
  weight: number;
  source: string;
  find: (c: PriorityCreditor) => string | null;
}[] = [
  {
    id: 'seizure',
    weight: 4,
    source: `${practice}(訴訟 → 判決 → 差押え)`,
    find: (c) => (c.status === 'lawsuit' ? '訴えられています。判決が出ると給料や預金を差し押さえられることがあります' : null),
  },
  {
    id: 'guarantor',
    weight: 3,
    source: `${practice}(保証人には全額が請求されます)`,
    find: (c) => {
      const people = c.contracts.map((k) => k.guarantorPerson).filter(Boolean);
      return people.length > 0 ? `保証人(${people.join('、')})がいます。滞ると保証人に全額が請求されます` : null;
    },
  },
  {
    id: 'secured',
    weight: 3,
    source: `${practice}(所有権留保の車のローンは滞ると引き揚げ)`,
    find: (c) => {
      const secured = c.contracts.filter((k) => k.collateral !== '' || /車|自動車|オート/.test(k.purpose));
      return secured.length > 0
        ? `担保・生活に必要な物(${secured.map((k) => k.collateral || k.purpose).join('、')})があります。滞ると引き揚げられることがあります。和解案から外すことも検討します`
        : null;
    },
  },
  {
    id: 'phone',
    weight: 2,
    source: `${practice}(携帯電話の端末代の分割は信用情報に記録され、回線の契約が止まることがあります)`,
    find: (c) =>
      c.contracts.some((k) => /携帯|スマホ|スマートフォン|端末/.test(k.purpose))
        ? '携帯電話の端末代です。滞ると電話が使えなくなることがあります'
        : null,
  },
];

export function creditorPriorities(all: readonly PriorityCreditor[]): CreditorPriority[] {
  const creditors = all.filter((c) => c.debt === undefined || c.debt > 0);
  const rates = creditors.map((c) =>
    Math.max(
      0,
      ...c.contracts.map((k) => {
        const parsed = k.contractRate === null ? null : parseRatePercent(k.contractRate);
        return parsed?.ok ? parsed.value : 0;
      }),
    ),
  );
  const highest = Math.max(0, ...rates);
  // The highest rate says something only where another creditor charges less.
  const differ = rates.some((rate) => rate < highest);
  const ranked = creditors.map((c, index): CreditorPriority => {
    const reasons: PriorityReason[] = rules.flatMap((rule) => {
      const text = rule.find(c);
      return text === null ? [] : [{ id: rule.id, text, source: rule.source }];
    });
    const rate = rates[index] ?? 0;
    if (differ && rate === highest) {
      const k = c.contracts.find((x) => {
        const parsed = x.contractRate === null ? null : parseRatePercent(x.contractRate);
        return parsed?.ok === true && parsed.value === highest;
      });
      reasons.push({
        id: 'rate',
        text: `約定利率が最も高い契約です(年${k?.contractRate}%)。今のまま払うと利息が最も多くかかります`,
        source: '任意整理の実務(利率の高い債務から整理すると家計の改善が早い)',
      });
    }
    const weight = reasons.reduce((a, r) => a + (rules.find((x) => x.id === r.id)?.weight ?? 1), 0);
    return { key: c.key, name: c.name, weight, reasons };
  });
  return [...ranked].sort((a, b) => b.weight - a.weight);
}
