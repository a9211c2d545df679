// The pieces of a debt position every page draws the same way: its limitation status, its
// overpayment (with the date and the time-barred part), its warnings with their sources. They show
// the position's figures only: nothing here computes one.
import {
  type DebtPosition,
  formatYenWithUnit,
  type LimitationStatusCode,
  limitationStatusLabels,
  mayBeTimeBarred,
  type Overpayment,
  type PositionWarningCode,
} from '@wakai/core';

/** The creditor's limitation status, flagged where it may have run or has run. */
export function LimitationStatus({ status }: { status: LimitationStatusCode }) {
  const flagged = status === 'has-run' || status === 'may-have-run';
  return (
    <span data-testid="position-limitation" data-status={status} className={flagged ? 'flag limitation-flag' : 'muted'}>
      {limitationStatusLabels[status]}
    </span>
  );
}

/** 過払金: what can be claimed, to which date, and the part that is time-barred (not counted). */
export function OverpaymentFigure({ overpayment }: { overpayment: Overpayment }) {
  if (overpayment.amount <= 0) return <span data-testid="overpayment">—</span>;
  return (
    <>
      <span data-testid="overpayment">{formatYenWithUnit(overpayment.recoverable)}</span>
      <small className="field-hint">
        {' '}
        ({overpayment.asOf}時点の過払元金+過払利息
        {overpayment.barred > 0 && (
          <>
            。うち時効の可能性 <span data-testid="overpayment-barred">{formatYenWithUnit(overpayment.barred)}</span> は含めていません
          </>
        )}
        )
      </small>
    </>
  );
}

/** The settlement base: the lesser of the claim and the recalculation (never more than is asked). */
export function SettlementBase({ position }: { position: Pick<DebtPosition, 'settlementBase'> }) {
  return <span data-testid="settlement-base">{formatYenWithUnit(position.settlementBase)}</span>;
}

/** The position's warnings (limitation, recalculation above the claim, 140万, …) with their sources. */
export function PositionWarnings({ positions }: { positions: readonly Pick<DebtPosition, 'creditorId' | 'warnings'>[] }) {
  const warnings = positions.flatMap((p) => p.warnings.map((w) => ({ ...w, creditorId: p.creditorId })));
  if (warnings.length === 0) return null;
  return (
    <ul className="risks" data-testid="position-warnings" aria-label="債務についての注意">
      {warnings.map((w) => (
        <li key={`${w.creditorId}-${w.code}-${w.message}`} data-code={w.code}>
          {w.message}
          <span className="source">(根拠: {w.source})</span>
        </li>
      ))}
    </ul>
  );
}

const flagTexts: Partial<Record<PositionWarningCode, string>> = {
  'recalc-exceeds-claim': '引き直し後が請求額超(履歴を確認)',
  'scrivener-limit': '140万円超',
  'scrivener-limit-with-interest': '利息込みで140万円超',
  'overpayment-barred': '過払金の一部が時効',
  'shopping-late-charges': '遅延損害金の上限を確認',
};

/** The board's flags for a creditor, from its position: the limitation first, then its other warnings. */
export function PositionFlags({ position }: { position: Pick<DebtPosition, 'limitationStatus' | 'warnings'> }) {
  const codes = [...new Set(position.warnings.map((w) => w.code))].filter((code) => flagTexts[code] !== undefined);
  return (
    <>
      {mayBeTimeBarred(position.limitationStatus) && (
        <span className="flag" data-testid="board-limitation">
          {position.limitationStatus === 'has-run' ? '時効の可能性(期間経過)' : '時効の可能性'}
        </span>
      )}
      {codes.map((code) => (
        <span key={code} className="flag" data-code={code}>
          {flagTexts[code]}
        </span>
      ))}
    </>
  );
}
