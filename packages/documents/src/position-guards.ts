// What a document may say about one debt, read from its position: the 140万 limit of a 認定司法書士
// (司法書士法3条1項7号; 最判H28.6.27) and a debt whose limitation may have run or has run, where an
// offer or an agreement acknowledges the debt (民法152条1項; 最判昭和41年4月20日). Documents refuse
// with the reason rather than print what the position forbids.
import type { DebtPosition } from '@wakai/core';
import { formatYenWithUnit as yen } from '@wakai/core/engine';
import { DocumentUnavailableError } from './document-errors.js';
import type { Section } from './document-model.js';

/** The position of the creditor at `index` (positions are in the case's order). */
export function positionAt(positions: readonly DebtPosition[], index: number, document: string): DebtPosition {
  const position = positions[index];
  if (!position) throw new DocumentUnavailableError(document, `債権者(${index + 1}番目)が見つかりません`);
  return position;
}

/** Refuses a document in a 認定司法書士's name for a claim over 140万 (per claim). */
export function refuseOverScrivenerLimit(document: string, position: DebtPosition): void {
  const limit = position.scrivenerLimit;
  if (!limit?.exceeded) return;
  throw new DocumentUnavailableError(
    document,
    `「${position.name}」の債権の額(${yen(limit.value)})は140万円を超えるため、認定司法書士の名で作成できません(司法書士法3条1項7号、最判平成28年6月27日:債権ごとに判断)。弁護士に依頼するか、ご本人の名で作成してください`,
  );
}

/**
 * A page for the office, after the letter and not sent, where 元金 is within the limit but 元金 + 利息
 * is over it; none otherwise.
 */
export function scrivenerInterestNote(position: DebtPosition): Section[] {
  const limit = position.scrivenerLimit;
  if (!limit?.withInterestExceeded) return [];
  return [
    {
      name: '送付前の確認',
      blocks: [
        { type: 'title', text: '送付前の確認(この頁は送りません)' },
        {
          type: 'paragraph',
          text: `「${position.name}」の元金は140万円以内ですが、利息を含めると140万円を超えます。認定司法書士が代理できる範囲か確認してください(${limit.source})。`,
        },
      ],
    },
  ];
}

export const isTimeBarred = (position: Pick<DebtPosition, 'limitationStatus'>) =>
  position.limitationStatus === 'has-run' || position.limitationStatus === 'may-have-run';

/**
 * Refuses an offer or an agreement for a debt that may be time-barred unless the user confirmed it
 * knowing the risk: offering to pay acknowledges the debt, and after the period has run bars 援用.
 */
export function refuseTimeBarred(document: string, position: DebtPosition, confirmed: boolean | undefined): void {
  if (!isTimeBarred(position) || confirmed === true) return;
  const state = position.limitationStatus === 'has-run' ? '時効期間が過ぎています' : '時効が完成している可能性があります';
  throw new DocumentUnavailableError(
    document,
    `「${position.name}」の債務は${state}。和解の提案や合意は債務の承認となり、時効が更新され、完成後であっても時効の援用ができなくなります(民法152条1項、最判昭和41年4月20日)。時効の援用を検討してください。この危険を理解したうえで作成する場合は、「時効の危険を理解したうえで作成する」ことを確認してください`,
    'confirmTimeBarred',
  );
}
