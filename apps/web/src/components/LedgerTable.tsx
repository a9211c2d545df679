// The ledger's rows, only those in view in the page (a 40,000-row ledger opens at once); a click
// (a tap) opens a row's working.

import { useVirtualizer } from '@tanstack/react-virtual';
import { formatYen } from '@wakai/core';
import { useRef } from 'react';
import type { LedgerData } from '../api.js';

type LedgerRow = Extract<LedgerData, { rows: unknown }>['rows'][number];

const ROW_HEIGHT = 30;
const headers = ['No', '年月日', '借入', '返済', '日数', '利率', '利息', '未払利息', '残元金', '過払金', '過払利息', '備考'];

export function LedgerTable({
  rows,
  open,
  onOpen,
}: {
  rows: readonly LedgerRow[];
  open: number | undefined;
  onOpen: (row: number | undefined) => void;
}) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take the keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
    <section className="ledger-scroll" ref={scroller} tabIndex={0} aria-label="計算書(横と縦にスクロールできます)">
      <table className="vtable ledger" aria-label="引き直し計算の明細" aria-rowcount={rows.length + 1} data-testid="ledger">
        <thead>
          <tr className="vtable-row vtable-head">
            {headers.map((h, i) => (
              <th key={h} className={i === 1 || i === 11 ? undefined : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="vgrid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as LedgerRow;
            const amounts = [row.interest, row.unpaidInterest, row.balance, row.overpayment, row.overpaymentInterest];
            return (
              <tr
                key={item.index}
                aria-rowindex={item.index + 2}
                className={`vtable-row clickable${row.estimated ? ' estimated' : ''}${open === item.index ? ' selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onOpen(open === item.index ? undefined : item.index)}
                title="クリックで計算過程を表示"
              >
                <td className="num">{item.index + 1}</td>
                <td>{row.date}</td>
                <td className="num">{row.borrow ? formatYen(row.borrow) : ''}</td>
                <td className="num">{row.repay ? formatYen(row.repay) : ''}</td>
                <td className="num">{row.days}</td>
                <td className="num">{row.rate && `${row.rate}%`}</td>
                {amounts.map((amount, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the five amount columns in their fixed order
                  <td key={column} className="num">
                    {formatYen(amount)}
                  </td>
                ))}
                <td className="note">
                  {row.estimated && '【推定】'}
                  {row.series > 1 && `【第${row.series}取引】`}
                  {row.note}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
