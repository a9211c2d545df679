// 診断: what the debtor can pay, the 任意整理 plan with sliders that recompute at once (the core runs
// here in the browser), the four procedures side by side with their reasons, and the risks. A
// printable summary for the first consultation. Figures, not legal advice.
import {
  diagnose,
  formatYenWithUnit,
  monthsApart,
  monthsToSave,
  planSettingsOf,
  planVerdictText,
  type RefundRoute,
  refundRouteLabels,
} from '@wakai/core';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { api, type DiagnosisData } from '../api.js';
import { DebtOverTime } from '../components/DebtOverTime.js';
import { FeesPanel } from '../components/FeesPanel.js';
import { Notice } from '../components/form.js';
import { ProcedureComparison } from '../components/ProcedureComparison.js';
import { useLoad } from '../use-load.js';

const checklist = [
  'すべての借入先の明細・取引履歴(カード、契約書、利用明細、督促状)',
  '毎月の返済額と返済日がわかるもの',
  '給与明細(直近2〜3か月)・源泉徴収票または課税証明書',
  '家賃・光熱費・通信費など毎月の固定費がわかるもの',
  '債権者からの手紙・メール、和解案の書面(あれば)',
  '相談したいことのメモ',
];

const questions = [
  '私の場合、どの手続が考えられますか。それぞれの理由は何ですか',
  '費用の総額と内訳(着手金・報酬・実費・分割払いの可否)を書面でいただけますか',
  '家族や保証人、車や自宅への影響はありますか',
  '過払金が戻る可能性はありますか',
  '手続中、債権者とのやり取りはどうなりますか',
];

export function DiagnosisPage({ caseId }: { caseId: string }) {
  const { data, error } = useLoad(() => api<DiagnosisData>('GET', `/cases/${caseId}/diagnosis`), [caseId]);
  const [installments, setInstallments] = useState(36);
  const [margin, setMargin] = useState(0);
  const [mode, setMode] = useState<'installments' | 'amount'>('installments');
  const [amount, setAmount] = useState(30_000);
  const [remainder, setRemainder] = useState<'first' | 'last'>('first');
  const [bonus, setBonus] = useState(0);
  const [futureRate, setFutureRate] = useState('');
  const [startMonths, setStartMonths] = useState<Record<string, string>>({});
  const [includeAccrued, setIncludeAccrued] = useState(false);
  const [refundRoute, setRefundRoute] = useState<RefundRoute>('out-of-court');
  const result = useMemo(() => {
    if (!data) return undefined;
    const settings = { ...data.settings, installments, safetyMargin: margin, remainder, includeAccruedInterest: includeAccrued };
    return diagnose({
      ...data.input,
      plan: {
        ...planSettingsOf(settings),
        bonus: { months: [7, 12], amount: futureRate ? 0 : bonus },
        ...(futureRate ? { futureInterestRate: futureRate } : {}),
      },
      ...(mode === 'amount' ? { monthlyAmount: amount } : {}),
      startMonths,
      safetyMargin: margin,
      smallItemsKept: settings.smallItemsKept,
      overpaymentRoute: refundRoute,
    });
  }, [data, installments, margin, mode, amount, remainder, bonus, futureRate, startMonths, includeAccrued, refundRoute]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data || !result) return <p>計算中…</p>;
  const { plan, affordability } = result;
  const apart = monthsApart(plan);
  const firstTotal = plan.firstMonth?.total ?? 0;
  return (
    <div className="page diagnosis">
      <nav className="crumbs no-print">
        <Link href="/">案件一覧</Link> › <Link href={`/cases/${caseId}`}>{data.input.debtor.name}</Link> › 診断
      </nav>
      <h1>
        診断{' '}
        <small>
          {data.input.debtor.name}さん({data.input.today} 時点)
        </small>
      </h1>
      <Notice kind="warn">
        この診断はご本人の数字にもとづく試算です。法律上の助言ではありません。手続の選択は弁護士・司法書士にご相談ください。
      </Notice>

      <section className="cards" aria-label="家計">
        <div className="figure">
          <span className="figure-label">月の収入</span>
          <span className="figure-value">{formatYenWithUnit(affordability.income)}</span>
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
          <span className="figure-label">借金の合計(引き直し後)</span>
          <span className="figure-value">{formatYenWithUnit(result.totalDebt)}</span>
        </div>
      </section>

      <section className="card" aria-label="任意整理の返済計画">
        <h2>任意整理の返済計画</h2>
        <div className="tabs no-print" role="radiogroup" aria-label="計画の決め方">
          <label className="check">
            <input type="radio" name="mode" checked={mode === 'installments'} onChange={() => setMode('installments')} /> 回数で決める
          </label>
          <label className="check">
            <input type="radio" name="mode" checked={mode === 'amount'} onChange={() => setMode('amount')} /> 毎月の額で決める(按分)
          </label>
        </div>
        <div className="sliders no-print">
          {mode === 'installments' ? (
            <label>
              返済回数 <b data-testid="installments">{installments}回</b>
              <input
                type="range"
                min={12}
                max={data.settings.maxInstallments}
                step={1}
                value={installments}
                aria-label="返済回数"
                onChange={(e) => setInstallments(Number(e.target.value))}
              />
            </label>
          ) : (
            <label>
              毎月の返済額 <b data-testid="monthly-amount">{formatYenWithUnit(amount)}</b>
              <input
                type="range"
                min={5_000}
                max={Math.max(100_000, affordability.sustainable * 2)}
                step={1_000}
                value={amount}
                aria-label="毎月の返済額"
                onChange={(e) => setAmount(Number(e.target.value))}
              />
            </label>
          )}
          <label>
            生活の予備費 <b>{formatYenWithUnit(margin)}</b>
            <input
              type="range"
              min={0}
              max={50_000}
              step={1_000}
              value={margin}
              aria-label="生活の予備費"
              onChange={(e) => setMargin(Number(e.target.value))}
            />
          </label>
          {mode === 'installments' && (
            <label>
              ボーナス月(7月・12月)の上乗せ <b>{formatYenWithUnit(futureRate ? 0 : bonus)}</b>
              <input
                type="range"
                min={0}
                max={100_000}
                step={5_000}
                value={bonus}
                disabled={futureRate !== ''}
                aria-label="ボーナス月の上乗せ"
                onChange={(e) => setBonus(Number(e.target.value))}
              />
            </label>
          )}
          {mode === 'installments' && (
            <label>
              将来利息
              <select value={futureRate} onChange={(e) => setFutureRate(e.target.value)} aria-label="将来利息">
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
              checked={includeAccrued}
              onChange={(e) => setIncludeAccrued(e.target.checked)}
              aria-label="経過利息を含める"
            />{' '}
            経過利息(最後の取引から今日まで
            {formatYenWithUnit(result.accruedInterest)})を含める
          </label>
          <label>
            端数(割り切れない分)を払う回
            <select value={remainder} onChange={(e) => setRemainder(e.target.value as 'first' | 'last')} aria-label="端数を払う回">
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
                    value={startMonths[c.key] ?? c.payments[0]?.month ?? ''}
                    onChange={(e) => setStartMonths({ ...startMonths, [c.key]: e.target.value })}
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

      <section className="card" aria-label="残りの借金の推移">
        <h2>残りの借金の推移(目安)</h2>
        <DebtOverTime diagnosis={result} />
      </section>

      <section className="card" aria-label="手続の比較">
        <h2>手続の比較</h2>
        {result.overpaymentClaim > 0 && (
          <label className="no-print">
            過払金の回収(報酬の上限が変わります){' '}
            <select value={refundRoute} onChange={(e) => setRefundRoute(e.target.value as RefundRoute)} aria-label="過払金の回収">
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

      <FeesPanel caseId={caseId} data={data} diagnosis={result} />

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

      <section className="card print-only-break" aria-label="相談の準備">
        <h2>相談のときに持っていくもの</h2>
        <ul>
          {checklist.map((item) => (
            <li key={item}>□ {item}</li>
          ))}
        </ul>
        <h2>聞いておきたいこと</h2>
        <ul>
          {questions.map((item) => (
            <li key={item}>□ {item}</li>
          ))}
        </ul>
        <button type="button" className="no-print" onClick={() => window.print()}>
          この診断を印刷する
        </button>
      </section>
    </div>
  );
}
