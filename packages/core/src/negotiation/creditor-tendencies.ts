// What creditors of each kind tend to do in 任意整理, as data with its source (the consumer guide's
// section 3 on banks, card companies, consumer finance and regional banks; docs/law/practice.md for the
// guarantor company, the servicer and the bank set-off), in our own words; and each office's own
// notes per creditor kind or per creditor name. Tendencies, not rules: every creditor differs.
import { z } from 'zod';
import { creditorKindLabels, creditorKinds } from '../case/case-schema.js';
import { choice, text } from '../case/fields.js';

type CreditorKind = (typeof creditorKinds)[number];

export interface Tendency {
  id: string;
  text: string;
  /** What it means for the talk (a point for the preparation sheet). */
  hint: string;
  source: string;
}

const guide = (section: string) => `消費者向け解説「任意整理 和解交渉中のすべてを解説」${section}`;
const unified = '東京三会統一基準';

export const creditorTendencies: Partial<Record<CreditorKind, readonly Tendency[]>> = {
  bank: [
    {
      id: 'bank-slow',
      text: '社内の承認が多く、回答まで時間がかかることがあります。対応は保守的です',
      hint: '回答の期限を決めて確認し、待つ間の連絡記録を残します',
      source: guide('3-1・1-3'),
    },
    {
      id: 'bank-documents',
      text: '収入が続くことを書面で詳しく求められることがあります。元本の減額は難しく、分割の条件で落としどころを探ります',
      hint: '給与明細・家計収支表を用意し、元本ではなく回数と毎月の額で話します',
      source: guide('3-1・3-2'),
    },
    {
      id: 'bank-subrogation',
      text: 'カードローンは保証会社が代わりに払い(代位弁済)、その後は保証会社が交渉の相手になります。通知の後は同じ銀行の口座が凍結され、預金と相殺されます',
      hint: '通知の前に同じ銀行の預金を引き出し、給与の振込先を移します。代位弁済の後の相手を確認します',
      source: '銀行カードローンの実務(保証会社による代位弁済、口座の凍結と相殺)',
    },
    {
      id: 'bank-regional',
      text: '地方銀行・信用金庫は担当部署の裁量が大きく、対応にばらつきがあります。事情を丁寧に説明すると有利に働くことがあります',
      hint: '家計の事情と返済の見通しを具体的に伝えます',
      source: guide('3-5'),
    },
  ],
  card: [
    {
      id: 'card-stopped',
      text: 'カードの利用はすぐに止められることが多い相手です',
      hint: 'カードで払っている支払いがあれば、通知の前に別の払い方を用意します',
      source: guide('3-3'),
    },
    {
      id: 'card-terms',
      text: '残りの額の分割と将来利息の扱いが話の中心になります。古い契約では過払金が出ていることがあります',
      hint: '取引履歴で引き直し、将来利息なしの分割から話します',
      source: guide('3-3・3-6'),
    },
  ],
  'consumer-finance': [
    {
      id: 'cf-flexible',
      text: '比較的柔軟で、将来利息をカットした36〜60回の分割で合意することが多い相手です',
      hint: '元金のみ・将来利息なしの分割から提示します',
      source: `${guide('3-4・1-3')}、任意整理の実務(36〜60回が一般的)`,
    },
    {
      id: 'cf-overpayment',
      text: '古い契約(利息制限法を超える金利の時期)では過払金が発生していることがあります',
      hint: '取引の全部の履歴を取り寄せ、引き直し計算の結果を示します',
      source: guide('3-4・3-6'),
    },
  ],
  servicer: [
    {
      id: 'servicer-old',
      text: '古い債権を買い取って請求していることが多い相手です。期限の利益を失った日などから5年(2020年3月以前の契約は旧商法522条、以後は民法166条1項1号)を過ぎていれば時効の可能性があります',
      hint: '時効を確かめるまでは、払わない・借金を認めない(承認、民法152条)ようにします',
      source: '旧商法522条・民法166条1項1号・152条',
    },
    {
      id: 'servicer-notice',
      text: '貸金業者の債権を買い取った債権回収会社には、受任通知の後の取立ての禁止がそのまま及びます(貸金業法24条2項)。銀行の債権の場合は、弁護士の受任通知のときに働きます(サービサー法18条8項)',
      hint: 'ご本人が交渉する場合は、連絡の記録を必ず残します',
      source: '貸金業法21条1項9号・24条2項; サービサー法18条8項',
    },
  ],
  'guarantor-company': [
    {
      id: 'guarantor-original',
      text: '代わりに払った保証会社の請求は、元の貸付の額まで減らして交渉するのが基準です',
      hint: '請求額の内訳(代位弁済の額と、その後の損害金)を確認します',
      source: unified,
    },
  ],
};

export const officeNoteScopes = ['kind', 'name'] as const;

export const creditorNotesSchema = z.object({
  notes: z
    .array(
      z.object({
        /** By creditor kind (銀行 …) or by one creditor's name. */
        scope: choice('メモの対象', officeNoteScopes),
        subject: text('対象(債権者の種類または名前)', { max: 100, required: true }),
        note: text('事務所のメモ', { max: 1000, required: true }),
      }),
      { error: '事務所のメモは一覧で送ってください' },
    )
    .max(200, { error: '事務所のメモは200件までです' })
    .default([]),
});

export type CreditorNotes = z.infer<typeof creditorNotesSchema>;

export interface CreditorTendencies {
  kindLabel: string;
  tendencies: readonly Tendency[];
  /** The office's own notes that concern this creditor (its kind or its name). */
  officeNotes: { scope: 'kind' | 'name'; subject: string; note: string }[];
}

/** A creditor's tendencies by its kind, with the office's notes on its kind and on its name. */
export function tendenciesFor(creditor: { name: string; kind: string }, notes: CreditorNotes['notes'] = []): CreditorTendencies {
  const kind = (creditorKinds as readonly string[]).includes(creditor.kind) ? (creditor.kind as CreditorKind) : 'other';
  const name = creditor.name.normalize('NFKC').replace(/\s/g, '');
  return {
    kindLabel: creditorKindLabels[kind],
    tendencies: creditorTendencies[kind] ?? [],
    officeNotes: notes.filter((n) =>
      n.scope === 'kind' ? n.subject === kind : name !== '' && name.includes(n.subject.normalize('NFKC').replace(/\s/g, '')),
    ),
  };
}
