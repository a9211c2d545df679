// The creditor page's debt position: what is claimed, what the recalculation gives (principal and
// 経過利息 apart), the settlement base, the overpayment, the limitation, the creditor's regime and
// what a notice may cite, who acts, and the warnings (140万, recalculation above the claim …).
// Every figure is the position's (computed once by the server); nothing here works one out.
import { type DebtPosition, formatYenWithUnit } from '@wakai/core';
import { Term } from '../help/Term.js';
import { LimitationStatus, OverpaymentFigure, PositionWarnings, SettlementBase } from './PositionParts.js';
import { isLimitationWarning } from './TimeBarredWarning.js';

const yenOrDash = (amount: number | null) => (amount === null ? '—' : formatYenWithUnit(amount));

export function PositionCard({ position }: { position: DebtPosition }) {
  const { regime } = position;
  return (
    <section className="card position-card" aria-label="債務の状況" data-creditor={position.creditorId}>
      <h2>債務の状況({position.on} 時点)</h2>
      <dl className="position-figures">
        <dt>請求されている額</dt>
        <dd data-testid="position-claimed">{yenOrDash(position.claimed)}</dd>
        <dt>引き直し計算の結果</dt>
        <dd data-testid="position-recalculated">
          {position.recalculated === null ? '(取引履歴なし)' : formatYenWithUnit(position.recalculated)}
          {position.principal !== null && <small className="field-hint"> (うち元金 {formatYenWithUnit(position.principal)})</small>}
        </dd>
        <dt>
          経過利息<small>(最後の取引から今日まで。元金とは別)</small>
        </dt>
        <dd data-testid="position-accrued-interest">{formatYenWithUnit(position.accruedInterest)}</dd>
        <dt>
          <b>交渉の基準額</b>
          <small>(請求額と引き直し後の少ない方)</small>
        </dt>
        <dd>
          <b>
            <SettlementBase position={position} />
          </b>
        </dd>
        <dt>
          <Term name="過払金" />
        </dt>
        <dd>
          <OverpaymentFigure overpayment={position.overpayment} />
        </dd>
        <dt>
          <Term name="消滅時効">時効</Term>
        </dt>
        <dd>
          <LimitationStatus status={position.limitationStatus} />
        </dd>
        <dt>按分(返済計画)</dt>
        <dd data-testid="position-plan">
          {position.plan.included ? '含める' : '含めない'}
          {position.plan.reason && <small className="field-hint"> — {position.plan.reason}</small>}
        </dd>
        <dt>債権者の種類と規制</dt>
        <dd data-testid="position-regime">
          {regime.label}
          <small className="field-hint">
            {' '}
            受任通知で引用する条文:{' '}
            {regime.noticeStatutes.length > 0
              ? regime.noticeStatutes.join('・')
              : 'なし(貸金業法は適用されないため、引用せずに取立ての停止を求めます)'}
            {regime.stopsCollection &&
              `。取立ての停止: ${regime.stopsCollection.after === 'lawyer' ? '弁護士の受任通知の後' : '弁護士・司法書士の受任通知の後'}(${regime.stopsCollection.source})`}
          </small>
        </dd>
        <dt>交渉する人</dt>
        <dd data-testid="position-actor">
          {position.actingFor === 'office' ? '事務所(受任通知の後は、債権者からの連絡をすべて事務所に回してください)' : 'ご本人'}
        </dd>
        {position.contracts.some((c) => c.lateChargeLimit.percent !== null) && (
          <>
            <dt>遅延損害金の上限</dt>
            <dd>
              {position.contracts
                .filter((c) => c.lateChargeLimit.percent !== null)
                .map((c) => `${c.label || '契約'}: 年${c.lateChargeLimit.percent}%(${c.lateChargeLimit.source})`)
                .join(' / ')}
            </dd>
          </>
        )}
      </dl>
      {/* The limitation's warning is the page's one box at the top (TimeBarredWarning), not repeated here. */}
      <PositionWarnings positions={[{ ...position, warnings: position.warnings.filter((w) => !isLimitationWarning(w)) }]} />
    </section>
  );
}
