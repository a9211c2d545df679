// 財産目録: a summary (有/無 for each kind the court form asks about) and the detail of what the case
// file records, every 過払金返還請求権 included from the debt positions (the creditor list's figure on
// the same day; a time-barred part named, not counted); the total is the diagnosis's liquidation
// value (docs/documents.md "財産目録"). Hiding an asset bars the discharge (破産法252条1項1号).
import type { DebtPosition } from '@wakai/core';
import { formatYen } from '@wakai/core/engine';
import { documentFigures } from '../case-figures.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';

const TITLE = '財産目録';
const NOT_RECORDED = '記録なし(確認して記入)';

/** The 過払金返還請求権 of the case: each creditor's overpayment on the document's date. */
function overpaymentClaims(positions: readonly DebtPosition[]): Block | null {
  const claims = positions.filter((p) => p.overpayment.amount > 0);
  if (claims.length === 0) return null;
  return {
    type: 'table',
    caption: '貸付金(過払金返還請求権)',
    columns: [
      { header: '相手方', kind: 'text', width: 1.6 },
      { header: '請求できる額(円)', kind: 'yen' },
      { header: '基準日', kind: 'date' },
      { header: '備考', kind: 'text', width: 2 },
    ],
    rows: claims.map((p) => [
      p.name,
      p.overpayment.recoverable,
      p.overpayment.asOf,
      p.overpayment.barred > 0
        ? `ほかに${formatYen(p.overpayment.barred)}円は取引の終了から10年を過ぎ、時効で請求できない可能性があります(最判平成21年1月22日。額に含めていません)`
        : '過払元金と過払利息(民法704条)の合計',
    ]),
  };
}

export function assetList(input: DocumentInput): DocumentModel {
  const { case: content, today } = input;
  const { assets } = content;
  const figures = documentFigures(input);
  const claims = overpaymentClaims(figures.positions);
  const has = (recorded: boolean) => (recorded ? '有' : '無');
  const summary: Block = {
    type: 'table',
    columns: [
      { header: '財産の種類', kind: 'text', width: 2 },
      { header: '有無', kind: 'text', width: 0.6 },
      { header: '備考', kind: 'text', width: 2 },
    ],
    rows: [
      ['現金', has(assets.cash > 0), assets.cash > 0 ? `${formatYen(assets.cash)}円` : ''],
      ['預貯金', has(assets.deposits.length > 0), assets.deposits.length > 0 ? `${assets.deposits.length}口座(明細のとおり)` : ''],
      ['保険(解約返戻金)', has(assets.insurance.length > 0), assets.insurance.length > 0 ? '明細のとおり' : ''],
      ['自動車', has(assets.cars.length > 0), assets.cars.length > 0 ? '明細のとおり' : ''],
      ['不動産', has(assets.home !== null), assets.home ? '明細のとおり' : ''],
      ['その他の財産', has(assets.other.length > 0), assets.other.length > 0 ? '明細のとおり' : ''],
      // The case file does not keep these kinds yet: the court form asks about each.
      ['公的扶助', '', NOT_RECORDED],
      ['退職金', '', NOT_RECORDED],
      ['貸付金(過払金返還請求権を含む)', claims ? '有' : '', claims ? '明細のとおり' : NOT_RECORDED],
      ['積立金・有価証券', '', NOT_RECORDED],
      ['5年以内に購入した20万円以上の物', '', NOT_RECORDED],
      ['相続財産・事業資産', '', NOT_RECORDED],
    ],
  };
  const details: Block[] = [];
  if (assets.deposits.length > 0)
    details.push({
      type: 'table',
      caption: '預貯金',
      columns: [
        { header: '金融機関', kind: 'text', width: 1.6 },
        { header: '支店', kind: 'text' },
        { header: '種類', kind: 'text' },
        { header: '残高(円)', kind: 'yen' },
      ],
      rows: assets.deposits.map((d) => [d.bank, d.branch, d.kind, d.balance]),
    });
  if (assets.insurance.length > 0)
    details.push({
      type: 'table',
      caption: '保険',
      columns: [
        { header: '保険会社', kind: 'text', width: 1.6 },
        { header: '種類', kind: 'text' },
        { header: '解約返戻金(円)', kind: 'yen' },
      ],
      rows: assets.insurance.map((i) => [i.company, i.kind, i.surrenderValue]),
    });
  if (assets.cars.length > 0)
    details.push({
      type: 'table',
      caption: '自動車',
      columns: [
        { header: '車名', kind: 'text', width: 1.4 },
        { header: '時価(円)', kind: 'yen' },
        { header: 'ローン残高(円)', kind: 'yen' },
        { header: 'ローン会社', kind: 'text' },
        { header: '所有権留保', kind: 'text', width: 0.8 },
      ],
      rows: assets.cars.map((c) => [c.name, c.value, c.loanBalance, c.lender, c.titleRetained ? 'あり' : 'なし']),
    });
  if (assets.home)
    details.push({
      type: 'table',
      caption: '不動産(自宅)',
      columns: [
        { header: '評価額(円)', kind: 'yen' },
        { header: '住宅ローン残高(円)', kind: 'yen' },
        { header: '借入先', kind: 'text', width: 1.6 },
      ],
      rows: [[assets.home.value, assets.home.mortgageBalance, assets.home.mortgageLender]],
    });
  if (claims) details.push(claims);
  if (assets.other.length > 0)
    details.push({
      type: 'table',
      caption: 'その他の財産',
      columns: [
        { header: '名称', kind: 'text', width: 2 },
        { header: '評価額(円)', kind: 'yen' },
      ],
      rows: assets.other.map((o) => [o.name, o.value]),
    });
  const { liquidation } = figures.diagnosis;
  return {
    title: TITLE,
    fileName: `財産目録_${content.debtor.name}`,
    style: 'sheet',
    sections: [
      {
        name: '財産目録',
        blocks: [
          { type: 'title', text: TITLE },
          {
            type: 'fields',
            rows: [
              ['申立人', content.debtor.name],
              ['作成日', warekiDate(today)],
            ],
          },
          { type: 'heading', text: '財産の有無' },
          summary,
          { type: 'heading', text: '明細' },
          ...(details.length > 0 ? details : [{ type: 'paragraph' as const, text: '記録された財産はありません。' }]),
          { type: 'heading', text: '清算価値(破産した場合に配当に回る額の目安)' },
          {
            type: 'table',
            columns: [
              { header: '内訳', kind: 'text', width: 2.4 },
              { header: '金額(円)', kind: 'yen' },
            ],
            rows: liquidation.parts.map((p) => [p.label, p.value]),
            totals: [['合計', liquidation.total]],
          },
        ],
      },
    ],
  };
}
