// 交渉記録: the case's negotiation with every creditor, readable for a consultation or a handover —
// each creditor's steps, contacts, offers (as the core judged them), agreement checklist and
// payments (docs/architecture.md "The user's journey"; the issue's item 9). One overview page, then one section per creditor.
import {
  contactChannelLabels,
  contactDirectionLabels,
  creditorKindLabels,
  describeAcceleration,
  type NegotiationView,
  offerPartyLabels,
  offerStatusLabels,
} from '@wakai/core';
import { formatYenWithUnit as yen } from '@wakai/core/engine';
import { type CaseCreditor, creditorNegotiationView, documentFigures } from '../case-figures.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, Cell, DocumentModel, Section } from '../document-model.js';
import { warekiDate, warekiDateTime } from '../japanese-dates.js';
import { selectedCreditors } from '../letters/creditor-selection.js';

const TITLE = '交渉記録';

const longestLabel = (labels: readonly string[]) => Math.max(...labels.map((label) => Array.from(label).length));

function creditorSection(creditor: CaseCreditor, view: NegotiationView): Section {
  const n = creditor.negotiation;
  const blocks: Block[] = [
    { type: 'title', text: `${TITLE}: ${creditor.name}` },
    {
      type: 'fields',
      rows: [
        ['債権者の種類', creditorKindLabels[creditor.kind]],
        ['現在の段階', view.label],
        [
          '連絡先',
          [creditor.contact.department, creditor.contact.person, creditor.contact.phone && `TEL ${creditor.contact.phone}`]
            .filter(Boolean)
            .join(' ') || '—',
        ],
      ],
    },
    { type: 'heading', text: '段階の経過' },
    view.timeline.length > 0
      ? {
          type: 'table',
          columns: [
            { header: '段階', kind: 'text', width: 1.4 },
            { header: '開始日', kind: 'date', width: 1.4 },
            { header: '日数', kind: 'count', width: 0.6 },
            { header: 'メモ', kind: 'text', width: 2.4 },
          ],
          rows: view.timeline.map((step, i): Cell[] => [
            step.label,
            step.from,
            step.days,
            n.changes[i]?.note || n.changes[i]?.successor || '',
          ]),
        }
      : { type: 'paragraph', text: 'まだ記録がありません。' },
    { type: 'heading', text: '連絡の記録' },
    n.contacts.length > 0
      ? {
          type: 'table',
          columns: [
            { header: '日時', kind: 'text', width: 1.5 },
            { header: '方法', kind: 'text', width: 0.6 },
            { header: '向き', kind: 'text', width: 0.8 },
            { header: '相手', kind: 'text', width: 1 },
            { header: '内容・約束', kind: 'text', width: 3 },
            { header: '次にすること(期限)', kind: 'text', width: 1.8 },
          ],
          rows: n.contacts.map((c): Cell[] => [
            warekiDateTime(c.at),
            contactChannelLabels[c.channel],
            contactDirectionLabels[c.direction],
            c.person,
            [c.summary, c.promises && `約束: ${c.promises}`].filter(Boolean).join(' / '),
            c.nextAction
              ? `${c.nextAction}${c.nextActionDue ? `(${warekiDate(c.nextActionDue)})` : ''}${c.nextActionDone ? ' 済' : ''}`
              : '',
          ]),
        }
      : { type: 'paragraph', text: '連絡の記録はありません。' },
    { type: 'heading', text: '和解案' },
    view.offers.length > 0
      ? {
          type: 'table',
          columns: [
            // 令和8年11月20日: five full-width characters and digits of half an em.
            { header: '提示日', kind: 'date', width: 1.4, minChars: 9 },
            { header: '提示した側', kind: 'text', width: 0.9, minChars: longestLabel(['提示した側', ...Object.values(offerPartyLabels)]) },
            { header: '和解金額', kind: 'yen' },
            { header: '回数', kind: 'count', width: 0.5 },
            { header: '月額', kind: 'yen' },
            { header: '支払総額', kind: 'yen' },
            { header: '状態', kind: 'text', width: 0.6 },
            { header: '判定', kind: 'text', width: 2.6 },
          ],
          rows: view.offers.map((o): Cell[] => [
            o.madeOn,
            offerPartyLabels[o.from],
            o.amount,
            o.installments,
            o.monthly,
            o.judgement.totalPayable,
            offerStatusLabels[o.status],
            o.judgement.checks
              .filter((c) => c.level !== 'ok')
              .map((c) => c.text)
              .join(' / ') || '標準的な条件の範囲内',
          ]),
        }
      : { type: 'paragraph', text: '和解案の記録はありません。' },
  ];
  if (view.checklist) {
    blocks.push(
      { type: 'heading', text: '和解書の確認' },
      {
        type: 'table',
        columns: [
          { header: '項目', kind: 'text', width: 1.4 },
          { header: '内容', kind: 'text', width: 4 },
        ],
        rows: view.checklist.items.map((i) => [i.label, i.detail]),
      },
    );
  }
  if (view.terms) blocks.push({ type: 'fields', rows: [['期限の利益喪失', describeAcceleration(view.terms.acceleration)]] });
  if (view.payments) {
    const p = view.payments;
    blocks.push(
      { type: 'heading', text: '返済の状況' },
      {
        type: 'fields',
        rows: [
          ['支払予定の総額', yen(p.scheduled)],
          ['支払済み', yen(p.paid)],
          ['残り', yen(p.remaining)],
          ['遅れている額', p.arrears > 0 ? `${yen(p.arrears)}(${p.missed}回分)` : 'なし'],
          [
            '期限の利益喪失',
            p.acceleration === null
              ? '—'
              : p.acceleration.state === 'accelerated'
                ? `${warekiDate(p.acceleration.on)}に喪失(残元金 ${yen(p.acceleration.balance)})`
                : `このままだと${warekiDate(p.acceleration.on)}に喪失(あと${p.acceleration.daysLeft}日。${yen(p.acceleration.toCure)}の支払で回避)`,
          ],
        ],
      },
      {
        type: 'table',
        columns: [
          { header: '支払日', kind: 'date', width: 1.4 },
          { header: '金額', kind: 'yen' },
          { header: 'メモ', kind: 'text', width: 2.4 },
        ],
        rows: n.payments.map((pay): Cell[] => [pay.paidOn, pay.amount, pay.note]),
      },
    );
  }
  return { name: creditor.name, blocks };
}

export function negotiationReport(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const selection = selectedCreditors(content, TITLE, options.creditor);
  const figures = documentFigures(input);
  const views = selection.map(({ index }) => creditorNegotiationView(content, index, figures, today));
  const overview: Section = {
    name: '一覧',
    blocks: [
      { type: 'title', text: `${TITLE}(${content.debtor.name})` },
      { type: 'fields', rows: [['作成日', warekiDate(today)]] },
      {
        type: 'table',
        columns: [
          { header: '債権者', kind: 'text', width: 1.8 },
          { header: '段階', kind: 'text', width: 1.1 },
          { header: '債務額', kind: 'yen' },
          { header: '最新の和解案', kind: 'text', width: 2 },
          { header: '支払済み', kind: 'yen' },
        ],
        rows: selection.map(({ creditor, index }, i): Cell[] => {
          const view = views[i] as NegotiationView;
          const latest = view.offers.at(-1);
          return [
            creditor.name,
            view.label,
            figures.creditors[index]?.debt ?? null,
            latest
              ? `${offerPartyLabels[latest.from]} ${yen(latest.amount)}・${latest.installments}回(${offerStatusLabels[latest.status]})`
              : '',
            view.payments?.paid ?? null,
          ];
        }),
      },
    ],
  };
  return {
    title: TITLE,
    fileName: `交渉記録_${content.debtor.name}`,
    style: 'sheet',
    sections: [overview, ...selection.map(({ creditor }, i) => creditorSection(creditor, views[i] as NegotiationView))],
  };
}
