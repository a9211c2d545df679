// The creditor page's 時効 status: for each contract, the last payment (from its history, else as
// typed) and the day its limitation period is completed, reached or not; and how many times the
// creditor collected after the 受任通知 (each such contact is recorded as a violation).
import { limitationCounting } from '@wakai/core';
import type { CreditorNegotiationData } from '../../api.js';
import { Term } from '../help/Term.js';

const basisLabels = { history: '取引履歴から', contract: '契約の入力から', none: '' } as const;

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
          <li key={`${k.label}-${index}`}>
            <b>{k.label || `契約${index + 1}`}</b>:{' '}
            {k.nothingOwed ? (
              '引き直し計算では残る借金がありません(完済または過払い)。借金の時効は問題になりません。'
            ) : k.completesOn === null ? (
              '最後の返済日がわからないため、時効の時期を計算できません(取引履歴か最終返済日を入力してください)'
            ) : k.passed ? (
              <>
                最後の返済 {k.lastPayment}({basisLabels[k.basis]})から{k.years}年 → <b>{k.completesOn} に過ぎています</b>
                。支払ったり借金を認めたりする前に、
                <Term name="時効援用" />
                を検討してください。
              </>
            ) : (
              <>
                最後の返済 {k.lastPayment}({basisLabels[k.basis]})から{k.years}年 → {k.completesOn} まで(まだです)
              </>
            )}
            {k.source && <span className="field-hint"> 根拠: {k.source}</span>}
          </li>
        ))}
      </ul>
      {limitation.length > 0 && <p className="field-hint">{limitationCounting}</p>}
      <p data-testid="violation-count">
        <Term name="受任通知" />
        の後の取立て: <b>{violations}件</b>
        {violations > 0 && '(記録した日時と内容を事務所に伝えてください)'}
      </p>
    </section>
  );
}
