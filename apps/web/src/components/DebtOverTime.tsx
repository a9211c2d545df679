// What is still owed, month by month, under each procedure: the figures come from the core
// (debtOverTime); this only draws them.
import { type Diagnosis, debtOverTime, formatYen } from '@wakai/core';
import { useChartWidth } from './chart-width.js';

const colors = { voluntary: '#1d5fa8', rehabilitation: '#1e7a46', bankruptcy: '#b3261e', mediation: '#8a5a00' } as const;

export function DebtOverTime({ diagnosis }: { diagnosis: Diagnosis }) {
  const { horizon, max, lines } = debtOverTime(diagnosis);
  const { ref, width } = useChartWidth();
  const height = 220;
  const x = (m: number) => 50 + ((width - 60) * m) / horizon;
  const y = (amount: number) => 10 + (height - 40) * (1 - amount / max);
  return (
    <svg ref={ref} className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="手続ごとの残りの借金の推移">
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
        <g key={line.procedure}>
          <polyline
            fill="none"
            stroke={colors[line.procedure]}
            strokeWidth={2}
            points={line.points.map((p, m) => `${x(m)},${y(p)}`).join(' ')}
          />
          <rect x={width - 120} y={12 + index * 16} width={10} height={10} fill={colors[line.procedure]} />
          <text x={width - 105} y={21 + index * 16}>
            {line.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
