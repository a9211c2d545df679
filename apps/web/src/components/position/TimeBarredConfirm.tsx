// Before an offer, an agreement or a payment is recorded for a debt whose limitation may have run or has run:
// an explicit confirmation that names the risk. Recording it, and paying or promising to, is an
// acknowledgement (承認) that renews the period, and after completion bars 援用 (民法152条1項;
// 最判昭和41年4月20日).
import { type DebtPosition, mayBeTimeBarred } from '@wakai/core';

/** What acknowledging costs, with its sources: the one wording the warnings, confirmations and next step share. */
export const timeBarredConsequence = '承認となり、時効の援用ができなくなります(民法152条1項、最判昭和41年4月20日)';

export const timeBarredRisk = `${timeBarredConsequence}。先に時効の援用を検討してください。`;

const acknowledgingSteps = '和解案を出す・受ける、和解書を交わす、払う・払う約束をすると、';

export function timeBarredRiskText(name: string): string {
  return `${name}の債務は時効が完成している可能性があります。${acknowledgingSteps}${timeBarredRisk}`;
}

/**
 * The checkbox a form shows for a time-barred debt; nothing where the limitation is running. One line:
 * the page's warning at the top says the rest (it is not repeated in every form).
 */
export function TimeBarredConfirm({ position, what }: { position: Pick<DebtPosition, 'name' | 'limitationStatus'>; what: string }) {
  if (!mayBeTimeBarred(position.limitationStatus)) return null;
  return (
    <div className="time-barred-confirm" data-testid="time-barred-confirm">
      <p className="field-hint">
        {acknowledgingSteps}
        {timeBarredConsequence}(上の「時効の注意」)。
      </p>
      <label className="check">
        <input type="checkbox" name="confirmTimeBarred" /> 時効の援用ができなくなるリスクを確認したうえで、{what}
      </label>
    </div>
  );
}

/** Whether a form may send: the debt is not time-barred, or its confirmation is ticked. */
export function timeBarredConfirmed(position: Pick<DebtPosition, 'limitationStatus'>, form: FormData | null): boolean {
  return !mayBeTimeBarred(position.limitationStatus) || form?.get('confirmTimeBarred') === 'on';
}

/** For a one-click step (accept, counter-offer, 合意): asks in a dialog naming the risk. */
export function confirmTimeBarredStep(position: Pick<DebtPosition, 'name' | 'limitationStatus'>): boolean {
  if (!mayBeTimeBarred(position.limitationStatus)) return true;
  return window.confirm(`${timeBarredRiskText(position.name)}\n\nそれでも記録しますか?`);
}

/**
 * What a request carries once the user confirmed above (the server refuses the step without it,
 * 422 timeBarredUnconfirmed); nothing where the limitation is running. Call only after the confirmation.
 */
export function timeBarredConfirmation(position: Pick<DebtPosition, 'limitationStatus'>): { confirmTimeBarred?: true } {
  return mayBeTimeBarred(position.limitationStatus) ? { confirmTimeBarred: true } : {};
}

export const timeBarredRefusal = '時効の援用ができなくなるリスクを確認する欄にチェックを入れてください(記録していません)';
