// 診断: what the debtor can pay, the 任意整理 plan with sliders that recompute at once (the core runs
// here in the browser), the four procedures side by side with their reasons, and the risks. A
// printable summary for the first consultation. Figures, not legal advice.
import { diagnoseWithChoices, formatYenWithUnit, type PlanChoices, planChoicesOf, type RefundRoute, refundRouteLabels } from '@wakai/core';
import { useMemo, useState } from 'react';
import { call, client } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { DebtOverTime } from '../components/DebtOverTime.js';
import { ConsultationChecklist } from '../components/diagnosis/ConsultationChecklist.js';
import { CostOfDoingNothing } from '../components/diagnosis/CostOfDoingNothing.js';
import { DebtPositions } from '../components/diagnosis/DebtPositions.js';
import { PlanPanel } from '../components/diagnosis/PlanPanel.js';
import { PlanScope } from '../components/diagnosis/PlanScope.js';
import { FeesPanel } from '../components/FeesPanel.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { ProcedureComparison } from '../components/ProcedureComparison.js';
import { useRole, ViewOnly } from '../session.js';
import { useLoad } from '../use-load.js';

export function DiagnosisPage({ caseId }: { caseId: string }) {
  const { isDebtor } = useRole();
  const { data, error, reload } = useLoad(() => call(client.cases[':caseId'].diagnosis.$get({ param: { caseId }, query: {} })), [caseId]);
  const [edits, setEdits] = useState<Partial<PlanChoices>>({});
  const choices = useMemo(() => (data ? { ...planChoicesOf(data.settings), ...edits } : undefined), [data, edits]);
  const result = useMemo(() => (data && choices ? diagnoseWithChoices(data.input, choices) : undefined), [data, choices]);
  const change = (edit: Partial<PlanChoices>) => setEdits({ ...edits, ...edit });

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data || !result || !choices) return <p>計算中…</p>;
  const { affordability } = result;
  return (
    <div className="page diagnosis">
      <CaseCrumbs className="crumbs no-print" caseId={caseId} caseName={data.input.debtor.name} here="診断" />
      <h1>
        診断{' '}
        <small>
          {data.input.debtor.name}さん({data.input.today} 時点)
        </small>
      </h1>
      <NextStep>手続を比べ、下の「相談の準備」をそろえて、弁護士・司法書士に相談します(見積りは書面で)。</NextStep>
      <Notice kind="warn">
        この診断はご本人の数字にもとづく試算です。法律上の助言ではありません。手続の選択は弁護士・司法書士にご相談ください。
      </Notice>

      <section className="cards" aria-label="家計">
        <div className="figure">
          <span className="figure-label">月の収入</span>
          <span className="figure-value">{formatYenWithUnit(affordability.income)}</span>
          <span className="muted" data-testid="budget-basis">
            家計収支表の{result.budgetBasis.label}から
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">生活費</span>
          <span className="figure-value">{formatYenWithUnit(affordability.livingCosts)}</span>
        </div>
        <div className="figure">
          <span className="figure-label">返済に回せる額(予備費を除く)</span>
          <span className="figure-value" data-testid="sustainable">
            {formatYenWithUnit(affordability.sustainable)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">借金の合計(返済計画の対象・引き直し後)</span>
          <span className="figure-value" data-testid="debt-in-plan">
            {formatYenWithUnit(result.debts.inPlan)}
          </span>
        </div>
        {result.debts.timeBarredTotal > 0 && (
          <div className="figure">
            <span className="figure-label">時効の可能性がある借金(計画の外)</span>
            <span className="figure-value" data-testid="debt-time-barred">
              {formatYenWithUnit(result.debts.timeBarredTotal)}
            </span>
          </div>
        )}
      </section>
      {result.debts.timeBarred.length > 0 && (
        <Notice kind="warn">
          {result.debts.timeBarred.map((c) => `${c.name}(${formatYenWithUnit(c.debt)})`).join('、')}: {result.debts.timeBarredAdvice}
        </Notice>
      )}
      {result.debts.otherOutside > 0 && (
        <p className="facts">
          計画の外のその他の借金(今の返済を続ける・ご本人の契約でない): {formatYenWithUnit(result.debts.otherOutside)}
        </p>
      )}

      <DebtPositions caseId={caseId} positions={data.positions} diagnosis={result} editable={!isDebtor} onChanged={reload} />
      <PlanPanel diagnosis={result} choices={choices} change={change} />
      <PlanScope diagnosis={result} choices={choices} change={change} creditors={data.input.creditors} />

      <section className="card" aria-label="残りの借金の推移">
        <h2>残りの借金の推移(目安)</h2>
        <DebtOverTime diagnosis={result} />
      </section>

      <section className="card" aria-label="手続の比較">
        <h2>手続の比較</h2>
        {result.overpaymentClaim > 0 && (
          <label className="no-print">
            過払金の回収(報酬の上限が変わります){' '}
            <select
              value={choices.overpaymentRoute}
              onChange={(e) => change({ overpaymentRoute: e.target.value as RefundRoute })}
              aria-label="過払金の回収"
            >
              {(Object.keys(refundRouteLabels) as RefundRoute[]).map((route) => (
                <option key={route} value={route}>
                  {refundRouteLabels[route]}
                  {route === 'out-of-court' ? '(既定)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <ProcedureComparison diagnosis={result} />
      </section>

      <CostOfDoingNothing data={data} diagnosis={result} quotes={data.feeQuotes} />

      <ViewOnly when={isDebtor}>
        <FeesPanel caseId={caseId} data={data} diagnosis={result} />
      </ViewOnly>

      <section className="card" aria-label="注意すること">
        <h2>注意すること</h2>
        {result.risks.length === 0 ? (
          <p>いまの入力からは、特に注意する点は見つかりませんでした。</p>
        ) : (
          <ul className="risks" data-testid="risks">
            {result.risks.map((risk) => (
              <li key={`${risk.id}-${risk.subject}`}>
                <b>{risk.subject}</b>: {risk.message}
                <span className="source">(根拠: {risk.source})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ConsultationChecklist caseId={caseId} />
    </div>
  );
}
