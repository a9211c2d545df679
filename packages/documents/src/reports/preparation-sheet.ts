// 準備シート: what to have at hand before contacting one creditor — the core's preparation sheet
// (the debt recalculated vs claimed, the share of the budget, the opening offer, the fallback
// ladder with its costs, the creditor kind's tendencies, talking points and the phone script).

import type { DebtPosition } from '@wakai/core';
import { offerContextFor, type PreparationSheet, preparationSheet, sheetFactsOf } from '@wakai/core';
import { formatYenWithUnit as yen } from '@wakai/core/engine';
import { documentFigures } from '../case-figures.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, Cell, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { oneCreditor } from '../letters/creditor-selection.js';

const TITLE = '交渉の準備シート';
const signed = (amount: number) => (amount === 0 ? '±0円' : amount > 0 ? `+${yen(amount)}` : `−${yen(-amount)}`);
const bullets = (lines: readonly string[], marker = '・'): Block => ({
  type: 'items',
  items: lines.map((text) => ({ marker, text })),
});

export function preparationSheetDocument(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const figures = documentFigures(input);
  const position = figures.positions[index] as DebtPosition;
  const context = offerContextFor(figures.diagnosis, position, today);
  const sheet = preparationSheet({
    today,
    debtorName: content.debtor.name,
    creditor: {
      name: creditor.name,
      kind: creditor.kind,
      contractNumbers: creditor.contracts.flatMap((k) => (k.contractNumber ? [k.contractNumber] : [])),
    },
    position,
    sustainable: context.sustainable,
    share: context.share,
    startMonth: figures.diagnosis.plan.firstMonth?.month ?? today.slice(0, 7),
    facts: sheetFactsOf(content.debtor, content.budget),
    notes: options.creditorNotes ?? [],
  });
  const blocks: Block[] = [
    { type: 'title', text: `${TITLE}: ${creditor.name}` },
    {
      type: 'fields',
      rows: [
        ['作成日', warekiDate(today)],
        ['債務者', content.debtor.name],
        ['請求額', sheet.debt.claimed === null ? '不明' : yen(sheet.debt.claimed)],
        ['交渉の基準額', `${yen(sheet.debt.recalculated)}(${sheet.debt.label})`],
        ['この債権者に回せる額', `毎月 ${yen(sheet.budget.share)}(全体 ${yen(sheet.budget.sustainable)})`],
      ],
    },
    bullets([...sheet.debt.why, sheet.budget.why]),
    ...offerBlocks(sheet),
    { type: 'paragraph', text: `ここまで: ${sheet.limit}`, bold: true },
    { type: 'heading', text: '話のポイント' },
    bullets(sheet.talkingPoints),
    { type: 'heading', text: `${sheet.tendencies.kindLabel}の傾向` },
    sheet.tendencies.tendencies.length > 0
      ? bullets(sheet.tendencies.tendencies.map((t) => `${t.text}(出典: ${t.source})`))
      : { type: 'paragraph', text: '解説に書かれた傾向はありません。' },
    { type: 'heading', text: '電話の台本: 言うこと' },
    { type: 'items', items: sheet.script.say.map((text, i) => ({ marker: `${i + 1}.`, text })) },
    { type: 'heading', text: '言わない・しないこと' },
    bullets(sheet.script.avoid),
    { type: 'heading', text: '書き留めること' },
    bullets(sheet.script.record, '□'),
    { type: 'paragraph', text: `出典: ${sheet.sources.join(' / ')}。試算と一般的な助言です。` },
  ];
  return { title: TITLE, fileName: `準備シート_${creditor.name}`, style: 'sheet', sections: [{ name: creditor.name, blocks }] };
}

/** The opening and the ladder; for a debt that may be time-barred, its limitation and the way forward instead. */
function offerBlocks(sheet: PreparationSheet): Block[] {
  const { opening, timeBarred } = sheet;
  if (!opening || timeBarred)
    return [
      { type: 'heading', text: '時効の確認(提案はしません)' },
      bullets([...(timeBarred?.summary ?? []), ...(timeBarred?.questions ?? []), timeBarred?.wayForward ?? '']),
    ];
  return [
    { type: 'heading', text: '最初の提案' },
    {
      type: 'paragraph',
      text: `和解額 ${yen(opening.amount)}(${sheet.debt.label}・将来利息なし)を ${opening.installments}回、毎月 ${yen(opening.monthly)}${opening.last !== opening.monthly ? `(最終回 ${yen(opening.last)})` : ''}`,
    },
    { type: 'heading', text: '断られたときの譲歩の段階' },
    {
      type: 'table',
      columns: [
        { header: '譲歩', kind: 'text', width: 3 },
        { header: '条件', kind: 'text', width: 1.6 },
        { header: '総額の増加', kind: 'text', width: 1 },
        { header: '毎月の変化', kind: 'text', width: 1 },
      ],
      rows: sheet.ladder.map((s, i): Cell[] => [
        `${i + 1}. ${s.label}(${s.note})${s.fitsShare ? '' : ' ※回せる額を超えます'}`,
        `${s.terms.installments}回 × ${yen(s.terms.monthly)}${s.terms.bonus > 0 ? `+ボーナス月 ${yen(s.terms.bonus)}` : ''}`,
        signed(s.cost),
        signed(s.monthlyChange),
      ]),
    },
  ];
}
