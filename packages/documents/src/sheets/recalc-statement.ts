// 引き直し計算書 (利息制限法に基づく法定金利計算書): the core's recalculation of one contract, in the
// 名古屋式 column order, the options used stated above the table, an overpayment shown as a ▲
// 残元金, the last row accruing to the as-of date (docs/documents.md "引き直し計算書").
import { formatRatePercent, formatYen, interestCaps, type LedgerRow, type RecalcResult, rowOn } from '@wakai/core/engine';
import { contractRecalc } from '../case-figures.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, Cell, DocumentModel, TableColumn } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { optionLines, rowRemarks, warningTexts } from '../ledger-columns.js';
import { oneCreditor } from '../letters/creditor-selection.js';

const TITLE = '引き直し計算書';

/** The 名古屋式 order; 残元金 negative (▲) is the overpayment (過払元金). */
export const recalcStatementColumns: readonly TableColumn[] = [
  { header: '年月日', kind: 'date', width: 1.6 },
  { header: '借入金額', kind: 'yen', width: 1.1 },
  { header: '弁済額', kind: 'yen', width: 1.1 },
  { header: '利率(%)', kind: 'rate', width: 0.7 },
  { header: '日数', kind: 'count', width: 0.6 },
  { header: '利息', kind: 'yen' },
  { header: '未払利息', kind: 'yen' },
  { header: '残元金', kind: 'signed-yen', width: 1.2 },
  { header: '過払利息', kind: 'yen' },
  { header: '過払利息残額', kind: 'yen', width: 1.1 },
  { header: '備考', kind: 'text', width: 1.6 },
];

/** One ledger row in the 名古屋式 columns (one function for every row: 200,000-row histories). */
export function recalcStatementRow(row: LedgerRow): Cell[] {
  return [
    row.date,
    row.borrow,
    row.repay,
    row.rate === '' ? null : row.rate,
    row.days,
    row.interest,
    row.unpaidInterest,
    row.overpayment > 0 ? -row.overpayment : row.balance,
    row.overpaymentInterestAccrued,
    row.overpaymentInterest,
    row.kind === 'as-of' ? '計算基準日' : rowRemarks(row),
  ];
}

/** The tiers of 利息制限法1条 on the as-of date, from the core's law table. */
function tierText(result: RecalcResult): string {
  const caps = rowOn(interestCaps, result.summary.asOf);
  if (!caps) return '';
  const tiers = caps.value.map((tier) =>
    tier.below === undefined
      ? `それ以上 年${formatRatePercent(tier.rate)}%`
      : `${formatYen(tier.below)}円未満 年${formatRatePercent(tier.rate)}%`,
  );
  return `元本 ${tiers.join('、')}(${caps.source}。借入れごとにその後の元本で判定し、一度下がった利率は戻さない)`;
}

export function recalcStatement(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor } = oneCreditor(content, TITLE, options.creditor);
  const contractIndex = options.contract ?? 0;
  const contract = creditor.contracts[contractIndex];
  if (!contract) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の契約(${contractIndex + 1}番目)が見つかりません`);
  const result = contractRecalc(contract, today, options.asOf);
  if (!result) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の${contract.label || '契約'}には取引履歴がありません`);
  const { summary } = result;
  const conditions = optionLines(result.options).map(([name, value]): [string, string] =>
    name === '利率' && result.options.rate === 'statutory' ? [name, `${value}: ${tierText(result)}`] : [name, value],
  );
  const blocks: Block[] = [
    { type: 'title', text: `${TITLE}(利息制限法に基づく法定金利計算書)` },
    {
      type: 'fields',
      rows: [
        ['債務者', content.debtor.name],
        ['債権者', creditor.name],
        ['契約', [contract.label, contract.contractDate ? `${warekiDate(contract.contractDate)}契約` : ''].filter(Boolean).join(' ')],
        ['計算基準日', warekiDate(summary.asOf)],
        ['作成日', warekiDate(today)],
      ],
    },
    { type: 'heading', text: '計算条件' },
    { type: 'fields', rows: conditions.filter(([name]) => name !== '計算基準日') },
    ...warningTexts(result).map((text): Block => ({ type: 'paragraph', text: `注意: ${text}` })),
    {
      type: 'table',
      columns: recalcStatementColumns,
      rows: result.rows.map(recalcStatementRow),
    },
    { type: 'heading', text: `計算結果(${warekiDate(summary.asOf)}現在)` },
    {
      type: 'fields',
      rows: [
        ['残元金', `${formatYen(summary.balance)}円`],
        ['未払利息', `${formatYen(summary.unpaidInterest)}円`],
        ['過払金(過払元金)', `${formatYen(summary.overpayment)}円`],
        ['過払利息(民法704条)', `${formatYen(summary.overpaymentInterest)}円`],
        ['過払金請求額(過払金+過払利息)', `${formatYen(summary.claim)}円`],
      ],
    },
  ];
  return {
    title: TITLE,
    fileName: `引き直し計算書_${content.debtor.name}_${creditor.name}`,
    style: 'sheet',
    runningHead: `${TITLE} 債務者 ${content.debtor.name} / 債権者 ${creditor.name} / 計算基準日 ${warekiDate(summary.asOf)}`,
    sections: [{ name: '引き直し計算', landscape: true, blocks }],
  };
}
