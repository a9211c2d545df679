import { formatYen } from '@wakai/core';
import { useChartWidth } from './chart-width.js';

/** Horizontal bars per creditor: what is claimed, and what is owed after recalculation. */
export function DebtChart({ rows }: { rows: { id: string; name: string; claimed: number | null; debt: number }[] }) {
  const max = Math.max(1, ...rows.flatMap((row) => [row.claimed ?? 0, row.debt]));
  const { ref, width } = useChartWidth();
  const barHeight = 14;
  const rowHeight = 44;
  const labelWidth = width < 500 ? 110 : 180;
  // 12 px characters: the name is cut to what its column holds.
  const nameLength = Math.floor((labelWidth - 8) / 12);
  const scale = (amount: number) => ((width - labelWidth - 90) * amount) / max;
  return (
    <svg ref={ref} className="chart" viewBox={`0 0 ${width} ${rows.length * rowHeight + 24}`} role="img" aria-label="債権者ごとの債務">
      <g className="legend">
        <rect x={labelWidth} y={4} width={12} height={10} className="bar-claimed" />
        <text x={labelWidth + 16} y={13}>
          請求額
        </text>
        <rect x={labelWidth + 80} y={4} width={12} height={10} className="bar-debt" />
        <text x={labelWidth + 96} y={13}>
          引き直し後の債務
        </text>
      </g>
      {rows.map((row, index) => {
        const y = 24 + index * rowHeight;
        return (
          <g key={row.id}>
            <text x={0} y={y + barHeight + 4} className="label">
              {row.name.length > nameLength ? `${row.name.slice(0, nameLength - 1)}…` : row.name}
            </text>
            <rect x={labelWidth} y={y} width={scale(row.claimed ?? 0)} height={barHeight} className="bar-claimed" />
            <text x={labelWidth + scale(row.claimed ?? 0) + 4} y={y + 11} className="value">
              {row.claimed === null ? '不明' : `${formatYen(row.claimed)}円`}
            </text>
            <rect x={labelWidth} y={y + barHeight + 2} width={scale(row.debt)} height={barHeight} className="bar-debt" />
            <text x={labelWidth + scale(row.debt) + 4} y={y + barHeight + 13} className="value">
              {formatYen(row.debt)}円
            </text>
          </g>
        );
      })}
    </svg>
  );
}
