// The 任意整理 plan on the diagnosis page: by a number of installments or a monthly amount (按分), the
// sliders and choices that recompute it at once, the verdict against the budget, each creditor's row.
import { type Diagnosis, formatYenWithUnit, monthsApart, monthsToSave, type PlanChoices, planVerdictText } from '@wakai/core';

export function PlanPanel({
  diagnosis,
  choices,
  change,
}: {
  diagnosis: Diagnosis;
  choices: PlanChoices;
  change: (edit: Partial<PlanChoices>) => void;
}) {
  const { plan, affordability } = diagnosis;
  const apart = monthsApart(plan);
  const firstTotal = plan.firstMonth?.total ?? 0;
  return (
    <section className="card" aria-label="任意整理の返済計画">
      <h2>任意整理の返済計画</h2>
      <div className="tabs no-print" role="radiogroup" aria-label="計画の決め方">
        <label className="check">
          <input type="radio" name="mode" checked={choices.mode === 'installments'} onChange={() => change({ mode: 'installments' })} />{' '}
          回数で決める
        </label>
        <label className="check">
          <input type="radio" name="mode" checked={choices.mode === 'amount'} onChange={() => change({ mode: 'amount' })} />{' '}
          毎月の額で決める(按分)
        </label>
      </div>
      <div className="sliders no-print">
        {choices.mode === 'installments' ? (
          <label>
            返済回数 <b data-testid="installments">{choices.installments}回</b>
            <input
              type="range"
              min={12}
              max={choices.maxInstallments}
              step={1}
              value={choices.installments}
              aria-label="返済回数"
              onChange={(e) => change({ installments: Number(e.target.value) })}
            />
          </label>
        ) : (
          <label>
            毎月の返済額 <b data-testid="monthly-amount">{formatYenWithUnit(choices.monthlyAmount)}</b>
            <input
              type="range"
              min={5_000}
              max={Math.max(100_000, affordability.sustainable * 2)}
              step={1_000}
              value={choices.monthlyAmount}
              aria-label="毎月の返済額"
              onChange={(e) => change({ monthlyAmount: Number(e.target.value) })}
            />
          </label>
        )}
        <label>
          生活の予備費 <b>{formatYenWithUnit(choices.safetyMargin)}</b>
          <input
            type="range"
            min={0}
            max={50_000}
            step={1_000}
            value={choices.safetyMargin}
            aria-label="生活の予備費"
            onChange={(e) => change({ safetyMargin: Number(e.target.value) })}
          />
        </label>
        {choices.mode === 'installments' && (
          <label>
            ボーナス月(7月・12月)の上乗せ <b>{formatYenWithUnit(choices.futureInterestRate ? 0 : choices.bonus)}</b>
            <input
              type="range"
              min={0}
              max={100_000}
              step={5_000}
              value={choices.bonus}
              disabled={choices.futureInterestRate !== ''}
              aria-label="ボーナス月の上乗せ"
              onChange={(e) => change({ bonus: Number(e.target.value) })}
            />
          </label>
        )}
        {choices.mode === 'installments' && (
          <label>
            将来利息
            <select
              value={choices.futureInterestRate}
              onChange={(e) => change({ futureInterestRate: e.target.value })}
              aria-label="将来利息"
            >
              <option value="">なし(元金のみ)</option>
              {['5', '10', '15'].map((rate) => (
                <option key={rate} value={rate}>
                  年{rate}%
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={choices.includeAccruedInterest}
            onChange={(e) => change({ includeAccruedInterest: e.target.checked })}
            aria-label="経過利息を含める"
          />{' '}
          経過利息(最後の取引から今日まで
          {formatYenWithUnit(diagnosis.accruedInterest)})を含める
        </label>
        <label>
          端数(割り切れない分)を払う回
          <select
            value={choices.remainder}
            onChange={(e) => change({ remainder: e.target.value as 'first' | 'last' })}
            aria-label="端数を払う回"
          >
            <option value="first">初回</option>
            <option value="last">最終回</option>
          </select>
        </label>
      </div>
      <p className="verdict">
        毎月の返済 <b data-testid="plan-monthly">{formatYenWithUnit(plan.regularMonthly)}</b>
        {apart.first && (
          <>
            (初回 <b data-testid="plan-first-month">{formatYenWithUnit(apart.first.total)}</b>)
          </>
        )}
        {apart.last && (
          <>
            (最終回 <b data-testid="plan-last-month">{formatYenWithUnit(apart.last.total)}</b>)
          </>
        )}{' '}
        ／ 返済に回せる額 {formatYenWithUnit(affordability.sustainable)} →{' '}
        <b data-testid="plan-verdict" className={plan.feasible ? 'good' : 'bad'}>
          {planVerdictText(plan)}
        </b>
      </p>
      <p className="field-hint">
        初回分({formatYenWithUnit(firstTotal)})を貯めるには、返済に回せる額で
        {(() => {
          const months = monthsToSave(firstTotal, affordability.sustainable);
          return months === null ? '貯められません(家計の見直しが必要です)' : ` 約${months}か月`;
        })()}
        。合計の支払い {formatYenWithUnit(plan.total)}(うち将来利息 {formatYenWithUnit(plan.interest)})
      </p>
      <table className="table compact stack">
        <thead>
          <tr>
            <th>債権者</th>
            <th className="num">和解額(元金)</th>
            <th className="num">回数</th>
            <th className="num">毎月</th>
            <th>開始</th>
          </tr>
        </thead>
        <tbody>
          {plan.creditors.map((c) => (
            <tr key={c.key}>
              <td data-label="債権者">{c.name}</td>
              <td data-label="和解額(元金)" className="num">
                {formatYenWithUnit(c.debt)}
              </td>
              <td data-label="回数" className="num">
                {c.installments}回
              </td>
              <td data-label="毎月" className="num">
                {formatYenWithUnit(c.monthly)}
              </td>
              <td data-label="開始">
                <input
                  type="month"
                  aria-label={`${c.name}の返済開始月`}
                  value={choices.startMonths[c.key] ?? c.payments[0]?.month ?? ''}
                  onChange={(e) => change({ startMonths: { ...choices.startMonths, [c.key]: e.target.value } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>合計</th>
            <td data-label="和解額(元金)" className="num">
              {formatYenWithUnit(plan.debt)}
            </td>
            <td data-label="回数" className="num">
              {plan.installments}回
            </td>
            <td data-label="毎月" className="num" data-testid="plan-rows-monthly">
              {formatYenWithUnit(plan.regularMonthly)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
