// The diagnosis's creditors as their debt positions give them (the settlement base, the overpayment,
// the limitation), and those left out of the 按分 with the reason — a time-barred debt is out by
// default (PRACTICE: paying or promising to pay it costs the defence) — with a control to put one
// back (or return it to the default), saved on the creditor as `inPlan`.
import { type DebtPosition, type Diagnosis, formatYenWithUnit } from '@wakai/core';
import { useState } from 'react';
import { call, client } from '../../api.js';
import { Notice } from '../form.js';
import { LimitationStatus, OverpaymentFigure, SettlementBase, timeBarred } from '../position/PositionParts.js';

async function saveInPlan(caseId: string, creditorId: string, inPlan: boolean | null) {
  // The diagnosis carries no creditor versions: the edit is made against the version read now.
  const detail = await call(client.cases[':caseId'].$get({ param: { caseId } }));
  const creditor = detail.creditors.find((c) => c.id === creditorId);
  if (!creditor) throw new Error('この債権者は削除されています。画面を読み込み直してください');
  await call(client.creditors[':creditorId'].$put({ param: { creditorId }, json: { inPlan, version: creditor.version } }));
}

export function DebtPositions({
  caseId,
  positions,
  diagnosis,
  editable,
  onChanged,
}: {
  caseId: string;
  positions: readonly DebtPosition[];
  diagnosis: Diagnosis;
  editable: boolean;
  onChanged: () => Promise<void>;
}) {
  const [message, setMessage] = useState<string>();
  async function choose(position: DebtPosition, inPlan: boolean | null) {
    if (inPlan === true && timeBarred(position.limitationStatus)) {
      const ok = window.confirm(
        `${position.name}の債務は時効が完成している可能性があります。按分に入れて払う約束をすると、承認となり時効の援用ができなくなります(民法152条1項、最判昭和41年4月20日)。それでも按分に入れますか?`,
      );
      if (!ok) return;
    }
    try {
      await saveInPlan(caseId, position.creditorId, inPlan);
      setMessage(undefined);
      await onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <section className="card" aria-label="債権者ごとの債務">
      <h2>債権者ごとの債務({positions[0]?.on ?? ''} 時点)</h2>
      {message && <Notice kind="error">{message}</Notice>}
      <table className="table stack" data-testid="diagnosis-positions">
        <thead>
          <tr>
            <th>債権者</th>
            <th className="num">交渉の基準額</th>
            <th className="num">過払金</th>
            <th>時効</th>
            <th>按分</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => {
            const leftOut = diagnosis.leftOut.find((c) => c.key === p.creditorId);
            return (
              <tr key={p.creditorId} data-creditor={p.creditorId}>
                <td data-label="債権者">{p.name}</td>
                <td data-label="交渉の基準額" className="num">
                  <SettlementBase position={p} />
                </td>
                <td data-label="過払金" className="num">
                  <OverpaymentFigure overpayment={p.overpayment} />
                </td>
                <td data-label="時効">
                  <LimitationStatus status={p.limitationStatus} />
                </td>
                <td data-label="按分">
                  {leftOut ? (
                    <span data-testid="left-out">
                      含めない({formatYenWithUnit(p.settlementBase)}): {leftOut.text}
                    </span>
                  ) : p.plan.included ? (
                    <span>含める{p.plan.reason && <small className="field-hint"> — {p.plan.reason}</small>}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                  {editable && leftOut?.reason === 'not-in-plan' && (
                    <button type="button" className="secondary small no-print" onClick={() => void choose(p, true)}>
                      按分に戻す
                    </button>
                  )}
                  {editable && !leftOut && p.plan.chosen !== null && (
                    <button type="button" className="secondary small no-print" onClick={() => void choose(p, null)}>
                      既定に戻す
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
