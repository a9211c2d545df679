// The board's whole picture: all current offers (or plan shares) month by month against what the
// budget can carry, what must be saved for a lump sum, and which creditors come first and why. A debt
// whose limitation may have run is shown apart, never in 支払の合計 (paying renews it: 民法152条1項).
import { formatYenWithUnit as yen } from '@wakai/core';
import type { CaseNegotiationData } from '../../api.js';

type Combined = CaseNegotiationData['combined'];
type Month = Combined['months'][number];

/** Consecutive months asking the same amount, shown as one row (a 36-month plan is one line). */
function runs(months: readonly Month[]): { from: Month; to: Month; count: number }[] {
  const out: { from: Month; to: Month; count: number }[] = [];
  for (const m of months) {
    const last = out[out.length - 1];
    const same = last && last.to.total === m.total && last.to.parts.map((p) => p.key).join() === m.parts.map((p) => p.key).join();
    if (last && same) {
      last.to = m;
      last.count++;
    } else out.push({ from: m, to: m, count: 1 });
  }
  return out;
}

/** Debts whose limitation may have run, apart from the months with why and what to do instead. */
function TimeBarredApart({ timeBarred }: { timeBarred: Combined['timeBarred'] }) {
  if (timeBarred.length === 0) return null;
  return (
    <div className="notice notice-warn" data-testid="combined-time-barred">
      <b>合計に含めていない債務(時効の可能性)</b>
      <ul className="compact">
        {timeBarred.map((t) => (
          <li key={t.key}>
            {t.name}: {t.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OffersTogether({ data }: { data: CaseNegotiationData }) {
  const { combined, priorities } = data;
  const names = new Map(data.creditors.map((c) => [c.creditor.id, c.creditor.name]));
  const sourceLabel = {
    offer: '和解案',
    plan: '計画の按分額',
    none: '対象外',
    'time-barred': '時効の可能性(合計に含めていません)',
  } as const;
  return (
    <>
      <section className="card" aria-label="すべての和解案の合計">
        <h2>すべての和解案を合わせると</h2>
        <p data-testid="combined-summary">
          返済に回せる額 毎月 <b>{yen(combined.budget)}</b> に対し、最も多い月は{' '}
          <b>{combined.peak ? `${combined.peak.month} の ${yen(combined.peak.total)}` : '—'}</b>
          です。
          {combined.overBudget.length === 0
            ? ' どの月も予算の範囲内です。'
            : combined.firstShort
              ? ` ${combined.firstShort.month} に ${yen(-combined.firstShort.saved)} 足りません(それまでに貯められる額を超えます)。`
              : ` 予算を超える月(${combined.overBudget.map((m) => m.month).join('、')})は、それまでに貯めた分で払えます。`}
        </p>
        <ul className="compact">
          {combined.sources.map((s) => (
            <li key={s.key}>
              {s.name}: {sourceLabel[s.source]}
              {s.firstPaymentAssumed ? '(初回の返済日が未定のため、計画の開始月からと仮定)' : ''}
              {s.timeBarNote ? `(${s.timeBarNote})` : ''}
            </li>
          ))}
        </ul>
        <TimeBarredApart timeBarred={combined.timeBarred} />
        <table className="table compact stack" data-testid="combined-months">
          <thead>
            <tr>
              <th>月</th>
              <th className="num">支払の合計</th>
              <th className="num">予算との差</th>
              <th className="num">貯めた残り</th>
            </tr>
          </thead>
          <tbody>
            {runs(combined.months).map(({ from, to, count }) => (
              <tr key={from.month} className={to.saved < 0 ? 'overdue' : from.total > combined.budget ? 'warn' : ''}>
                <td data-label="月">
                  {count === 1 ? from.month : `${from.month}〜${to.month}(${count}か月)`}
                  <div className="field-hint">
                    {from.parts.map((p) => `${names.get(p.key) ?? ''} ${yen(p.amount)}${p.lumpSum ? '(一括)' : ''}`).join('、') ||
                      '支払なし(貯める月)'}
                  </div>
                </td>
                <td data-label="支払の合計" className="num">
                  {yen(from.total)}
                </td>
                <td data-label="予算との差" className="num">
                  {from.spare >= 0 ? `+${yen(from.spare)}` : `−${yen(-from.spare)}`}
                </td>
                <td data-label="貯めた残り" className="num">
                  {to.saved >= 0 ? yen(to.saved) : `−${yen(-to.saved)}(不足)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-label="優先する債権者">
        <h2>優先して考える債権者</h2>
        {priorities.every((p) => p.reasons.length === 0) ? (
          <p>差押え・保証人・担保などの事情がある債権者は見つかりませんでした。</p>
        ) : (
          <ol data-testid="priorities">
            {priorities
              .filter((p) => p.reasons.length > 0)
              .map((p) => (
                <li key={p.key}>
                  <b>{p.name}</b>
                  <ul>
                    {p.reasons.map((r) => (
                      <li key={r.id}>
                        {r.text}
                        <span className="source">(根拠: {r.source})</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
          </ol>
        )}
      </section>
    </>
  );
}
