// Whether a 時効援用通知 may be written, from the contract's limitation position: only where the
// period has run on the recorded facts; where a fact is missing, only once the user confirmed it;
// never while it runs (then the date it ends). docs/documents.md "時効援用通知"; PRACTICE.md "One
// debt, one position".
import { type LimitationPosition, limitationArticles, limitationQuestions } from '@wakai/core';
import { type DocumentConfirmation, DocumentUnavailableError } from '../document-errors.js';
import { warekiDate } from '../japanese-dates.js';

export function refuseUnlessRun(document: string, debt: string, limitation: LimitationPosition, factsConfirmed: boolean): void {
  const refuse = (reason: string, confirmation: DocumentConfirmation | null = null) => {
    throw new DocumentUnavailableError(document, reason, confirmation);
  };
  if (limitation.status === 'not-applicable')
    refuse(`${debt}には、引き直し計算のうえで残っている債務がありません(完済または過払い)。時効援用通知は要りません`);
  if (limitation.status === 'running') {
    const article = limitation.rule ? `(${limitation.rule.article})` : '';
    if (limitation.endsOn === null)
      refuse(`${debt}は返済を続けているため、時効は進んでいません(返済は債務の承認です。${limitationArticles.acknowledgement})`);
    refuse(
      `${debt}の時効期間は${warekiDate(limitation.endsOn as string)}${limitation.endsOnIsEarliest ? '以降' : ''}に満了します${article}。それまでは時効を援用できません。支払や支払の約束をすると時効が更新されます(${limitationArticles.acknowledgement})`,
    );
  }
  if (limitation.status === 'may-have-run' && !factsConfirmed)
    refuse(
      `${debt}は時効が完成している可能性がありますが、時効を数えるための事実が足りません。次の点を確かめ、確認したうえで作成してください: ${limitationQuestions(limitation).join(' / ')}`,
      'confirmLimitationFacts',
    );
}
