// 債権者一覧表: a generic court-style list carrying every column the courts' forms ask for
// (creditor, address, first loan, current amount, cause, guarantor, last payment, 受任通知日);
// each court has its own form, and this one says so (docs/documents.md "債権者一覧表"). Amounts are the
// debt positions': the settlement base (the lesser of the claim and the recalculation) and the
// overpayment that can still be claimed, on the list's date.
import { caseOverview } from '@wakai/core';
import type { CivilDate } from '@wakai/core/engine';
import { type CaseCreditor, documentFigures } from '../case-figures.js';
import type { DocumentInput } from '../document-input.js';
import type { Cell, DocumentModel, TableColumn } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';

const TITLE = '債権者一覧表';

const columns: readonly TableColumn[] = [
  { header: 'No', kind: 'count', width: 0.4 },
  { header: '債権者名', kind: 'text', width: 1.6 },
  { header: '住所', kind: 'text', width: 2.2 },
  { header: '当初借入日', kind: 'date', width: 1.4 },
  { header: '現在の債務額(円)', kind: 'yen', width: 1.1 },
  { header: '過払金(円)', kind: 'yen', width: 1 },
  { header: '借入の原因・使途', kind: 'text', width: 1.2 },
  { header: '保証人', kind: 'text' },
  { header: '最終返済日', kind: 'date', width: 1.4 },
  { header: '受任通知日', kind: 'date', width: 1.4 },
];

const earliest = (dates: (CivilDate | null | undefined)[]) => dates.filter((d): d is CivilDate => !!d).sort()[0] ?? null;
const latest = (dates: (CivilDate | null | undefined)[]) =>
  dates
    .filter((d): d is CivilDate => !!d)
    .sort()
    .at(-1) ?? null;

function firstLoan(creditor: CaseCreditor): CivilDate | null {
  return earliest(creditor.contracts.map((k) => k.transactions.find((t) => t.borrow > 0)?.date ?? k.contractDate));
}

function lastPayment(creditor: CaseCreditor): CivilDate | null {
  return latest(creditor.contracts.map((k) => k.lastPaymentDate ?? [...k.transactions].reverse().find((t) => t.repay > 0)?.date));
}

function noticeDate(creditor: CaseCreditor): CivilDate | null {
  return creditor.negotiation.changes.find((c) => c.status === 'notice-sent')?.date ?? null;
}

export function creditorList(input: DocumentInput): DocumentModel {
  const { case: content, today } = input;
  const missing = new MissingFields(TITLE);
  if (content.creditors.length === 0) missing.add('creditors', '債権者');
  content.creditors.forEach((c, i) => {
    missing.need(c.contact.address, `creditors[${i}].contact.address`, `債権者「${c.name}」の住所`);
  });
  missing.check();
  const overview = caseOverview(documentFigures(input).positions, content.budget);
  const rows = content.creditors.map((creditor, index): Cell[] => {
    const figures = overview.creditors[index];
    const join = (values: string[]) => [...new Set(values.filter(Boolean))].join('、');
    return [
      index + 1,
      creditor.name,
      creditor.contact.address,
      firstLoan(creditor),
      figures?.debt ?? null,
      figures?.overpaymentClaim || null,
      join(creditor.contracts.map((k) => k.purpose)),
      join([...creditor.contracts.map((k) => k.guarantorPerson), creditor.guarantorCompany]),
      lastPayment(creditor),
      noticeDate(creditor),
    ];
  });
  return {
    title: TITLE,
    fileName: `債権者一覧表_${content.debtor.name}`,
    style: 'sheet',
    sections: [
      {
        name: TITLE,
        landscape: true,
        blocks: [
          { type: 'title', text: TITLE },
          {
            type: 'fields',
            rows: [
              ['債務者', content.debtor.name],
              ['作成日', warekiDate(today)],
            ],
          },
          {
            type: 'table',
            columns,
            rows,
            totals: [[null, '合計', null, null, overview.totals.debt, overview.totals.overpaymentClaim || null, null, null, null, null]],
          },
          {
            type: 'paragraph',
            text: `現在の債務額は、請求額と、取引履歴がある債権者は利息制限法による引き直し計算後の額(元金と未払利息)のうち少ない方です。過払金は${warekiDate(today)}現在の過払元金と過払利息の合計(時効期間を経過した部分を除く)です。裁判所ごとに書式が異なるため、提出先の書式に合わせて転記してください。`,
          },
        ],
      },
    ],
  };
}
