// 家計収支表 (家計全体の状況): the court format, one sheet per recorded month, income items beside
// spending items; the income total must equal the spending total (docs/documents.md "家計収支表",
// 破産規則14条3項5号イ). Totals come from the core's summarizeBudget.
import { type BudgetMonth, type CaseContent, incomeItems, spendingItems, summarizeBudget } from '@wakai/core';
import { formatYen } from '@wakai/core/engine';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, Cell, DocumentModel, Section, TableBlock, TableColumn } from '../document-model.js';
import { warekiMonth } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';

const TITLE = '家計収支表';

const columns: readonly TableColumn[] = [
  { header: '収入の項目', kind: 'text', width: 1.6 },
  { header: '金額(円)', kind: 'yen' },
  { header: '支出の項目', kind: 'text', width: 1.8 },
  { header: '金額(円)', kind: 'yen' },
];

/** Income and spending side by side, every item of the court format, blank where nothing was recorded. */
export function budgetTable(month: BudgetMonth): TableBlock {
  const income = Object.entries(incomeItems) as [keyof typeof incomeItems, string][];
  const spending = Object.entries(spendingItems) as [keyof typeof spendingItems, string][];
  const rows: Cell[][] = [];
  for (let i = 0; i < Math.max(income.length, spending.length); i++) {
    const [inKey, inLabel] = income[i] ?? [undefined, ''];
    const [outKey, outLabel] = spending[i] ?? [undefined, ''];
    rows.push([
      inLabel,
      inKey === undefined ? null : (month.income[inKey] ?? null),
      outLabel,
      outKey === undefined ? null : (month.spending[outKey] ?? null),
    ]);
  }
  const summary = summarizeBudget(month);
  return { type: 'table', columns, rows, totals: [['収入合計', summary.totalIncome, '支出合計', summary.totalSpending]] };
}

/** 世帯の状況: who lives in the household (the court format covers the whole household). */
export function householdFields(content: CaseContent): Block {
  const members = content.debtor.householdMembers.map(
    (m) =>
      `${m.name || '(氏名未入力)'}(${m.relation}${m.age === null ? '' : `・${m.age}歳`}${m.monthlyIncome ? `・月収${formatYen(m.monthlyIncome)}円` : ''})`,
  );
  return {
    type: 'fields',
    rows: [
      ['申立人', content.debtor.name],
      ['同居の家族', members.length > 0 ? members.join('、') : 'なし'],
    ],
  };
}

export function householdBudget(input: DocumentInput): DocumentModel {
  const { case: content } = input;
  const missing = new MissingFields(TITLE);
  if (content.budget.months.length === 0) missing.add('budget.months', '家計収支の記録(月ごとの収入と支出。申立て前の2か月分)');
  missing.check();
  const unbalanced = content.budget.months
    .map((month) => ({ month: month.month, imbalance: summarizeBudget(month).imbalance }))
    .filter((m) => m.imbalance !== 0);
  if (unbalanced.length > 0)
    throw new DocumentUnavailableError(
      TITLE,
      `収入合計と支出合計が一致しない月があります(${unbalanced.map((m) => `${warekiMonth(m.month)}: 差額 ${formatYen(m.imbalance)}円`).join('、')})。翌月繰越などを確認してください`,
    );
  const sections = content.budget.months.map(
    (month): Section => ({
      name: warekiMonth(month.month),
      blocks: [
        { type: 'title', text: `${TITLE}(${warekiMonth(month.month)}分)` },
        householdFields(content),
        budgetTable(month),
        { type: 'paragraph', text: '収入合計と支出合計は一致しています(前月繰越・翌月繰越を含む)。', align: 'right' },
      ],
    }),
  );
  return { title: TITLE, fileName: `家計収支表_${content.debtor.name}`, style: 'sheet', sections };
}
