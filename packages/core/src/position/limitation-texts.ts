// The limitation of a debt in words, the same on every page, sheet and letter: the rule and its
// article, what the period runs from, until when, and the questions for the facts that are missing.

import type { LimitationEvent, LimitationPosition, LimitationStatusCode, MissingLimitationFact } from './limitation-position.js';
import type { ContractPosition } from './position-types.js';

export const limitationStatusLabels: Record<LimitationStatusCode, string> = {
  running: '時効期間の途中',
  'may-have-run': '時効が完成している可能性あり(確認が必要)',
  'has-run': '時効期間が過ぎている(記録上)',
  'not-applicable': '対象外(残債務なし)',
};

export const limitationEventLabels: Record<LimitationEvent, string> = {
  paying: '返済を続けている(返済のたびに承認となり更新)',
  'last-payment': '最後の返済日',
  'missed-installment': '最初に支払いが遅れた期日',
  acceleration: '期限の利益を失った日',
  subrogation: '代位弁済の日',
  'court-title': '判決・支払督促などが確定した日',
  acknowledgement: '債務を認めた日(承認)',
};

/** The question to ask the debtor for each missing fact. */
export const missingFactQuestions: Record<MissingLimitationFact, string> = {
  'contract-date': '最初に契約した日はいつですか(2020年3月31日以前か以後かで適用される法律が変わります)',
  'last-payment': '最後に返済した日はいつですか',
  'due-day': '毎月の返済日は何日でしたか',
  'acceleration-clause': '契約書の期限の利益喪失条項は、遅れたら当然に失う(当然喪失)ものですか、請求されて失う(請求喪失)ものですか',
  'acceleration-misses': '期限の利益を失うのは、何回支払いが遅れたときですか(契約書の条項)',
  'acceleration-date': '一括で払うよう請求(期限の利益喪失の通知)を受けたのはいつですか',
  'subrogation-date': '保証会社が代わりに払った日(代位弁済日)はいつですか',
  'court-title': '裁判所から判決や支払督促が届いたことはありますか',
};

/** One line: the rule, from when, until when. */
export function limitationSummary(limitation: LimitationPosition): string {
  const { rule, startsFrom, endsOn } = limitation;
  if (limitation.status === 'not-applicable') return limitationStatusLabels['not-applicable'];
  if (!rule) return limitationStatusLabels[limitation.status];
  const from = startsFrom ? `${limitationEventLabels[startsFrom.event]}(${startsFrom.on})の翌日から` : '';
  const until = endsOn ? `${endsOn}${limitation.endsOnIsEarliest ? '以降' : ''}に満了` : '満了日は未確定';
  return `${limitationStatusLabels[limitation.status]}: ${rule.label}(${rule.article})。${from}数えて${until}`;
}

/** The questions for the facts that are missing, the court-title question always included where it may matter. */
export function limitationQuestions(limitation: LimitationPosition): string[] {
  if (limitation.status === 'not-applicable' || limitation.rule?.law === 'court-title') return [];
  const questions = limitation.missing.map((fact) => missingFactQuestions[fact]);
  return limitation.status === 'running' && questions.length === 0 ? [] : [...questions, missingFactQuestions['court-title']];
}

/** A contract's name in a sentence: 「アコム(カードローン)」. */
export function contractName(creditorName: string, contract: Pick<ContractPosition, 'label'>): string {
  return contract.label ? `${creditorName}(${contract.label})` : creditorName;
}
