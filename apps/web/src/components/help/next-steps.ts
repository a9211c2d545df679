// What to do next on a creditor's page, by the step the negotiation is at (one line each), and for a
// debt whose position says the limitation may have run: nothing paid, promised or offered (民法152条1項).
import { type LimitationStatusCode, mayBeTimeBarred, type NegotiationStatus } from '@wakai/core';
import { timeBarredConsequence } from '../position/TimeBarredConfirm.js';

/** When the debtor negotiates alone (no agent): no 受任通知, and no 「代理人に任せています」 to say. */
const aloneSteps: Partial<Record<NegotiationStatus, string>> = {
  'not-started': '債権者に取引履歴の開示を求めます(書類の画面の「取引履歴開示請求書」)。古い借金なら先に時効を確かめます。',
  // Recorded before the case said who acts, or by mistake: the step can be taken back above.
  'notice-sent':
    '受任通知は代理人(弁護士・司法書士)が送るものです。ご本人が交渉しているなら、上の「受任通知送付を取り消す」で戻し、取引履歴の開示を求めてください。',
};

/** A time-barred debt: paying, promising or offering anything is an acknowledgement (民法152条1項); 援用 instead (民法145条). */
export const timeBarredNextStep = `時効が完成している可能性があります。払う・払う約束をする・和解案や対案を出すと、${timeBarredConsequence}。何も払わず、約束も提案もせずに、時効の援用(民法145条)を検討します(書類の画面の「時効援用通知」)。`;

/** Sued on such a debt: the limitation is invoked in the answer to the court (民法145条). */
const timeBarredLawsuitStep = `裁判所からの書類の期限を確かめ、答弁書で時効を主張します(民法145条)。すぐ専門家に相談します。払う・払う約束をすると、${timeBarredConsequence}。`;

/** Steps where nothing is left to acknowledge: the debt is paid, invoked, or in another procedure. */
const beyondTimeBar: readonly NegotiationStatus[] = ['completed', 'limitation-invoked', 'other-procedure'];

/**
 * The next step's line for who acts (officeActs false: the debtor negotiates alone), read from the
 * position's limitation status as the rest of the page is (never recounted here).
 */
export function nextStepLine(status: NegotiationStatus, officeActs: boolean | null, limitation?: LimitationStatusCode): string {
  if (limitation !== undefined && mayBeTimeBarred(limitation) && !beyondTimeBar.includes(status))
    return status === 'lawsuit' ? timeBarredLawsuitStep : timeBarredNextStep;
  return (officeActs === false ? aloneSteps[status] : undefined) ?? creditorNextSteps[status];
}

export const creditorNextSteps: Record<NegotiationStatus, string> = {
  'not-started': '受任通知を送るか、取引履歴の開示を求めます(古い借金なら先に時効を確かめます)。',
  'notice-sent': '取引履歴の開示を待ちます。債権者から直接連絡が来たら「代理人に任せています」と答え、記録します。',
  'history-requested': '取引履歴が届いたら、契約の画面に入力して引き直し計算をします。',
  'history-received': '取引履歴を入力して引き直し計算をします。',
  recalculated: '引き直した債務と按分できる額をもとに、和解案を作って送ります。',
  'offer-sent': '債権者の回答を待ち、届いた和解案を記録して家計に合うか確かめます。',
  negotiating: '和解案を比べ、家計で払えない額は約束せず、具体的な額で対案を出します。',
  agreed: '和解書を受け取り、条項を一つずつ確かめてから署名します。',
  'agreement-signed': '初回の支払日を確かめ、支払ったら記録します。',
  repaying: '毎月の支払いを記録します。遅れそうなら期限の利益を失う前に連絡します。',
  completed: '完済しました。完済の証明(領収書など)を保管してください。',
  'broken-down': '他の手続(個人再生・自己破産・特定調停)を検討します。',
  lawsuit: '裁判所からの書類の期限を確かめ、すぐ専門家に相談します。',
  'other-procedure': '選んだ手続の準備を進めます。',
  subrogated: '保証会社を新しい債権者として交渉を続けます。',
  assigned: '債権を譲り受けた会社を新しい債権者として交渉を続けます。時効も確かめます。',
  'limitation-invoked': '時効援用の通知の控えと配達の記録を保管してください。',
};
