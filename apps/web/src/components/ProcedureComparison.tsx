// The four procedures side by side: a table on a wide screen and on paper, one card per procedure on
// a phone (a debtor reads one route at a time there). Both come from the same rows.
import { type Diagnosis, formatYenWithUnit, type ProcedureRow } from '@wakai/core';

interface ComparisonLine {
  label: string;
  cells: string[];
  small?: boolean;
  testId?: string;
}

function overpaymentCell(row: ProcedureRow): string {
  const overpaymentClaim = row.overpayment;
  if (overpaymentClaim === null) return '—';
  if (overpaymentClaim.treatment === 'recovered') return `${formatYenWithUnit(overpaymentClaim.amount)} 取り戻す(報酬を引いた額)`;
  if (overpaymentClaim.treatment === 'property')
    return `${formatYenWithUnit(overpaymentClaim.amount)} 財産として清算価値に入る(報酬を引いた額)`;
  return `${formatYenWithUnit(overpaymentClaim.amount)} 調停とは別に請求`;
}

function comparisonLines(result: Diagnosis): ComparisonLine[] {
  const rows = result.rows;
  const hasOverpaymentClaim = result.overpaymentClaim > 0 || result.setOff > 0;
  const money = (amount: number | null) => (amount === null ? '—' : formatYenWithUnit(amount));
  return [
    { label: '毎月の支払い', cells: rows.map((r) => money(r.monthly)) },
    { label: '支払いの合計', cells: rows.map((r) => money(r.total)) },
    ...(hasOverpaymentClaim
      ? [
          { label: '過払金', cells: rows.map(overpaymentCell), testId: 'comparison-overpayment' },
          {
            label: '差し引きの負担',
            cells: rows.map((r) =>
              r.netTotal === null ? '—' : r.netTotal < 0 ? `${formatYenWithUnit(-r.netTotal)} 戻る見込み` : formatYenWithUnit(r.netTotal),
            ),
            testId: 'comparison-net',
          },
        ]
      : []),
    { label: '期間', cells: rows.map((r) => (r.months === null ? '3〜6か月(手続)' : `${r.months}か月`)) },
    {
      label: '裁判所の費用',
      cells: rows.map((r) =>
        r.courtCosts.max === 0
          ? 'なし'
          : r.courtCosts.min === r.courtCosts.max
            ? formatYenWithUnit(r.courtCosts.min)
            : `${formatYenWithUnit(r.courtCosts.min)}〜${formatYenWithUnit(r.courtCosts.max)}`,
      ),
    },
    { label: '家計で払えるか', cells: rows.map((r) => (r.affordable === null ? '要確認' : r.affordable ? '払える見込み' : '不足')) },
    { label: '信用情報(目安)', cells: rows.map((r) => r.creditRecord.map((c) => `${c.bureau}: ${c.until}頃まで`).join('\n')) },
    { label: '手元に残るもの', cells: rows.map((r) => r.kept.join('\n') || '—') },
    { label: '失うもの', cells: rows.map((r) => r.lost.join('\n') || '—') },
    { label: '仕事の制限', cells: rows.map((r) => r.restrictions.join('\n') || 'なし') },
    { label: '保証人', cells: rows.map((r) => r.guarantors) },
    { label: '対象にならないもの', cells: rows.map((r) => r.excluded.join('\n')) },
    { label: '理由', cells: rows.map((r) => r.reasons.join('\n')) },
    { label: '根拠', cells: rows.map((r) => r.sources.join('\n')), small: true },
  ];
}

export function ProcedureComparison({ diagnosis }: { diagnosis: Diagnosis }) {
  const lines = comparisonLines(diagnosis);
  return (
    <>
      <div className="scroll comparison-wide">
        <table className="table comparison" data-testid="comparison">
          <thead>
            <tr>
              <th />
              {diagnosis.rows.map((row) => (
                <th key={row.procedure}>{row.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.label} data-testid={line.testId}>
                <th>{line.label}</th>
                {line.cells.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per procedure, in a fixed order
                  <td key={index} className={line.small ? 'small' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="comparison-cards" data-testid="comparison-cards">
        {diagnosis.rows.map((row, index) => (
          <details key={row.procedure} className="procedure-card" open={index === 0}>
            <summary>
              <b>{row.label}</b> 毎月 {row.monthly === null ? '—' : formatYenWithUnit(row.monthly)}・合計{' '}
              {row.total === null ? '—' : formatYenWithUnit(row.total)}
            </summary>
            <dl>
              {lines.map((line) => (
                <div key={line.label} className={line.small ? 'small' : undefined}>
                  <dt>{line.label}</dt>
                  <dd>{line.cells[index]}</dd>
                </div>
              ))}
            </dl>
          </details>
        ))}
      </div>
    </>
  );
}
