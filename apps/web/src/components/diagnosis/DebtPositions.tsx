// The diagnosis's creditors as their debt positions give them (the settlement base, the overpayment,
// the limitation), and those left out of the 按分 with the reason — a time-barred debt is out by
// default (PRACTICE: paying or promising to pay it costs the defence) — with a control to put one
// back (or return it to the default), saved on the creditor as `inPlan`.
import { type DebtPosition, type Diagnosis, formatYenWithUnit, mayBeTimeBarred } from '@wakai/core';
import { useRef } from 'react';
import { call, client } from '../../api.js';
import { LimitationStatus, OverpaymentFigure, SettlementBase } from '../position/PositionParts.js';
import { useVersionedSave } from '../versioned-save.js';

/** A creditor put back into the 按分 (true), left out (false) or returned to the default (null). */
interface InPlanChoice {
  creditorId: string;
  inPlan: boolean | null;
}

/** The creditor as stored now (the diagnosis carries no creditor versions). */
async function storedCreditor(caseId: string, creditorId: string) {
  const detail = await call(client.cases[':caseId'].$get({ param: { caseId } }));
  const creditor = detail.creditors.find((c) => c.id === creditorId);
  if (!creditor) throw new Error('この債権者は削除されています。画面を読み込み直してください');
  return creditor;
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
  // The one versioned save (issue 18 #7): one tap at a time, the server's message on a refusal, and a
  // save that meets someone else's shows theirs instead of overwriting it.
  const chosen = useRef('');
  const saving = useVersionedSave<InPlanChoice, { inPlan: boolean | null }>({
    save: async ({ creditorId, inPlan }, newer) => {
      // The edit is made against the version read now, or the newer one the user chose to save over.
      const version = newer ?? (await storedCreditor(caseId, creditorId)).version;
      await call(client.creditors[':creditorId'].$put({ param: { creditorId }, json: { inPlan, version } }));
      await onChanged();
    },
    done: ({ inPlan }) => (inPlan === null ? '按分を既定に戻しました' : '按分に戻しました'),
    conflict: {
      read: async () => {
        const creditor = await storedCreditor(caseId, chosen.current);
        return { value: { inPlan: creditor.inPlan }, version: creditor.version };
      },
      kind: 'creditor',
      shown: ({ inPlan }) => ({ inPlan }),
      reload: onChanged,
    },
  });
  async function choose(position: DebtPosition, inPlan: boolean | null) {
    if (inPlan === true && mayBeTimeBarred(position.limitationStatus)) {
      const ok = window.confirm(
        `${position.name}の債務は時効が完成している可能性があります。按分に入れて払う約束をすると、承認となり時効の援用ができなくなります(民法152条1項、最判昭和41年4月20日)。それでも按分に入れますか?`,
      );
      if (!ok) return;
    }
    chosen.current = position.creditorId;
    await saving.submit({ creditorId: position.creditorId, inPlan });
  }
  return (
    <section className="card" aria-label="債権者ごとの債務">
      <h2>債権者ごとの債務({positions[0]?.on ?? ''} 時点)</h2>
      {saving.notice}
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
