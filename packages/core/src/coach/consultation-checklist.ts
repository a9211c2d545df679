// What to bring to a consultation (or have at hand before a creditor's call) and what to ask: the
// items the source guides and docs/law/practice.md "Standard documents" (consultation checklist) name, plus
// the user's own questions. Which items are ticked and the questions are kept with the case.
import { z } from 'zod';
import { text } from '../case/fields.js';

export interface ChecklistEntry {
  id: string;
  label: string;
}

export const bringItems: readonly ChecklistEntry[] = [
  { id: 'identity', label: '本人確認書類(運転免許証・マイナンバーカードなど)' },
  { id: 'histories', label: 'すべての借入先の明細・取引履歴(カード、契約書、利用明細、督促状)' },
  { id: 'payments', label: '毎月の返済額と返済日がわかるもの' },
  { id: 'bankbooks', label: '預金通帳(直近数か月分。返済や引落しの記録)' },
  { id: 'income', label: '給与明細(直近2〜3か月)・源泉徴収票または課税証明書' },
  { id: 'fixed-costs', label: '家賃・光熱費・通信費など毎月の固定費がわかるもの' },
  { id: 'letters', label: '債権者からの手紙・メール、和解案の書面、電話の記録(あれば)' },
  { id: 'questions', label: '相談したいことのメモ(下の「自分の質問」)' },
];

export const askItems: readonly ChecklistEntry[] = [
  { id: 'which-procedure', label: '私の場合、どの手続が考えられますか。それぞれの理由は何ですか' },
  { id: 'fees', label: '費用の総額と内訳(着手金・報酬・実費・分割払いの可否)を書面でいただけますか' },
  { id: 'family', label: '家族や保証人、車や自宅への影響はありますか' },
  { id: 'overpayment', label: '過払金が戻る可能性はありますか' },
  { id: 'contact', label: '手続中、債権者とのやり取りはどうなりますか' },
  { id: 'limitation', label: '古い借金(最後の返済から5年以上)は時効になっていませんか' },
];

/** The user's state of the checklist, stored with the case. */
export const checklistStateSchema = z.object({
  /** Ids of ticked items; a question of the user's own is ticked as `q:<index>`. */
  ticked: z
    .array(text('チェックした項目', { max: 50, required: true }))
    .max(100)
    .default([]),
  questions: z
    .array(text('自分の質問', { max: 500, required: true }))
    .max(50)
    .default([]),
});

export type ChecklistState = z.infer<typeof checklistStateSchema>;

export const emptyChecklistState: ChecklistState = { ticked: [], questions: [] };
