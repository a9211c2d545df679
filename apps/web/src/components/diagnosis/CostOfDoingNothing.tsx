// 今のままの場合: each contract paid on as now (months, interest, or "never"), against each route and
// each saved fee quote — the guides' argument that the saving pays for the office, in the case's figures.
import { type Diagnosis, type FeeQuote, routeCosts, formatYenWithUnit as yen } from '@wakai/core';
import type { DiagnosisData } from '../../api.js';

const difference = (amount: number | null) => (amount === null ? '—' : amount >= 0 ? `${yen(amount)} 少ない` : `${yen(-amount)} 多い`);

export function CostOfDoingNothing({ data, diagnosis, quotes }: { data: DiagnosisData; diagnosis: Diagnosis; quotes: FeeQuote[] }) {
  const costs = routeCosts(diagnosis, diagnosis.statusQuo, quotes, data.input.creditors, data.input.today);
  const { statusQuo } = costs;
  return (
    <section className="card" aria-label="今のままの場合">
      <h2>今のまま払い続けた場合と比べる</h2>
      <p className="field-hint">それぞれの契約を今の約定利率・今の毎月の返済額で払い続けた場合の試算です。</p>
      <div className="figure" data-testid="status-quo-total">
        <span className="figure-label">今のままの総額(毎月 {yen(statusQuo.monthly)})</span>
        <span className="figure-value">
          {statusQuo.complete
            ? `${yen(statusQuo.total)}(利息 ${yen(statusQuo.interest)}・${statusQuo.months}か月)`
            : statusQuo.never > 0
              ? '完済しません'
              : '計算できません'}
        </span>
      </div>
      <ul className="compact" data-testid="status-quo-contracts">
        {statusQuo.contracts.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: contracts are positions in the case
          <li key={i} className={c.outcome === 'never' ? 'warn' : undefined}>
            <b>
              {c.creditor}
              {c.label ? ` ${c.label}` : ''}
            </b>
            : {c.reason}
          </li>
        ))}
      </ul>
      <table className="table compact stack" data-testid="route-costs">
        <thead>
          <tr>
            <th>方法</th>
            <th className="num">支払の総額</th>
            <th className="num">今のままと比べて</th>
          </tr>
        </thead>
        <tbody>
          {costs.routes.flatMap((route) => [
            <tr key={route.procedure}>
              <td data-label="方法">{route.label}(専門家の費用を除く)</td>
              <td data-label="支払の総額" className="num">
                {route.outlay === null ? '—' : yen(route.outlay)}
              </td>
              <td data-label="今のままと比べて" className="num">
                {difference(route.saving)}
              </td>
            </tr>,
            ...route.quotes.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: quotes are positions in the list
              <tr key={`${route.procedure}-${i}`} data-testid={`route-quote-${i}`}>
                <td data-label="方法">
                  {route.label}+{q.office}の費用 {yen(q.fee)}
                </td>
                <td data-label="支払の総額" className="num">
                  {yen(q.outlay)}
                </td>
                <td data-label="今のままと比べて" className="num">
                  {difference(q.saving)}
                </td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
      <ul className="field-hint">
        {costs.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
