// What is still owed, month by month, under each procedure (a sketch: 個人再生 and 特定調停 paid
// evenly, 自己破産 cleared at discharge, 任意整理 along the plan).
import { type Diagnosis, formatYen } from '@wakai/core';

const colors = { voluntary: '#1d5fa8', rehabilitation: '#1e7a46', bankruptcy: '#b3261e', mediation: '#8a5a00' } as const;

export function DebtOverTime({ diagnosis }: { diagnosis: Diagnosis }) {
  const planMonths = diagnosis.plan.months;
  const horizon = Math.max(36, planMonths.length + 6, ...diagnosis.rows.map((r) => r.months ?? 0));
  const lines: { key: keyof typeof colors; label: string; points: number[] }[] = [];
  let owed = diagnosis.plan.debt;
  const voluntary = [owed];
  for (let m = 0; m < horizon; m++) {
    owed -= planMonths[m]?.total ?? 0;
    voluntary.push(Math.max(0, owed));
  }
  lines.push({ key: 'voluntary', label: '任意整理', points: voluntary });
  for (const row of diagnosis.rows) {
    if (row.procedure === 'voluntary') continue;
    const months = row.months ?? 4;
    const start = row.procedure === 'bankruptcy' ? diagnosis.totalDebt : (row.total ?? 0);
    const points = Array.from({ length: horizon + 1 }, (_, m) =>
      row.procedure === 'bankruptcy' ? (m < months ? start : 0) : Math.max(0, start - Math.round((start * m) / months)),
    );
    if (row.procedure !== 'bankruptcy') points[0] = diagnosis.totalDebt;
    lines.push({ key: row.procedure, label: row.label, points });
  }
  const width = 640;
  const height = 220;
  const max = Math.max(1, diagnosis.totalDebt, ...voluntary);
  const x = (m: number) => 50 + ((width - 60) * m) / horizon;
  const y = (amount: number) => 10 + (height - 40) * (1 - amount / max);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="手続ごとの残りの借金の推移">
      <text x={4} y={y(max) + 4} className="value">
        {formatYen(max)}円
      </text>
      <text x={4} y={y(0)} className="value">
        0
      </text>
      {[0, 12, 24, 36, 48, 60]
        .filter((m) => m <= horizon)
        .map((m) => (
          <text key={m} x={x(m) - 8} y={height - 8} className="value">
            {m}か月
          </text>
        ))}
      {lines.map((line, index) => (
        <g key={line.key}>
          <polyline fill="none" stroke={colors[line.key]} strokeWidth={2} points={line.points.map((p, m) => `${x(m)},${y(p)}`).join(' ')} />
          <rect x={width - 120} y={12 + index * 16} width={10} height={10} fill={colors[line.key]} />
          <text x={width - 105} y={21 + index * 16}>
            {line.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
