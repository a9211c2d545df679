// The creditor page's 時効 status, read from the debt position: for each contract, the law and its
// article, what the period runs from and until when, its status, and the questions for the facts
// that are missing; and how many times the creditor collected after the 受任通知.
import { limitationStatusLabels } from '@wakai/core';
import type { CreditorNegotiationData } from '../../api.js';
import { Term } from '../help/Term.js';

export function LimitationPanel({ data }: { data: CreditorNegotiationData }) {
  const { limitation, violations } = data.coach;
  return (
    <section className="card" aria-label="時効と取立て">
      <h2>
        <Term name="消滅時効">時効</Term>の状況
      </h2>
      <ul data-testid="limitation-status">
        {limitation.map((k, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the contracts come in their stored order and two may share a label
          <li key={`${k.label}-${index}`} data-status={k.limitation.status}>
            <b>{k.label}</b>:{' '}
            {k.limitation.status === 'not-applicable'
              ? '引き直し計算では残る借金がありません(完済または過払い)。借金の時効は問題になりません。'
              : k.summary}
            {(k.limitation.status === 'has-run' || k.limitation.status === 'may-have-run') && (
              <>
                {' '}
                <b>{limitationStatusLabels[k.limitation.status]}</b>。支払ったり借金を認めたりする前に、
                <Term name="時効援用" />
                を検討してください。
              </>
            )}
            {k.questions.length > 0 && (
              <ul className="field-hint">
                {k.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            )}
            {k.limitation.sources.length > 0 && <span className="field-hint"> 根拠: {k.limitation.sources.join('・')}</span>}
          </li>
        ))}
      </ul>
      <p data-testid="violation-count">
        <Term name="受任通知" />
        の後の取立て: <b>{violations}件</b>
        {violations > 0 && '(記録した日時と内容を事務所に伝えてください)'}
      </p>
    </section>
  );
}
