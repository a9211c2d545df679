// What is still owed, month by month, under each procedure — the figures of the diagnosis chart
// (a sketch): 任意整理 along the plan, 個人再生 and 特定調停 at their monthly amount, 自己破産 owed
// in full until the discharge (the typical length of 同時廃止 or 管財).
import { procedureFacts } from '../law/procedures.js';
import type { Yen } from '../money.js';
import type { Diagnosis, Procedure } from './procedure-comparison.js';

export interface DebtLine {
  procedure: Procedure;
  label: string;
  /** Owed at month 0 (now), 1, 2 … horizon. */
  points: Yen[];
}

export interface DebtOverTime {
  /** Months shown. */
  horizon: number;
  /** The largest amount on any line (at least 1, for a scale). */
  max: Yen;
  lines: DebtLine[];
}

export function debtOverTime(diagnosis: Diagnosis): DebtOverTime {
  const { plan, totalDebt } = diagnosis;
  const horizon = Math.max(36, plan.months.length + 6, ...diagnosis.rows.map((r) => r.months ?? 0));
  const months = Array.from({ length: horizon + 1 }, (_, m) => m);
  const lines: DebtLine[] = [];
  for (const row of diagnosis.rows) {
    if (row.procedure === 'voluntary') {
      let owed = plan.debt;
      const points = months.map((m) => {
        if (m > 0) owed -= plan.months[m - 1]?.total ?? 0;
        return Math.max(0, owed);
      });
      lines.push({ procedure: row.procedure, label: row.label, points });
    } else if (row.procedure === 'bankruptcy') {
      const facts = procedureFacts.bankruptcy;
      const discharge = row.bankruptcyTrack === 'administration' ? facts.administrationMonths[1] : facts.summaryMonths;
      lines.push({ procedure: row.procedure, label: row.label, points: months.map((m) => (m < discharge ? totalDebt : 0)) });
    } else if (row.total !== null && row.monthly !== null) {
      const { total, monthly } = row;
      // Now: the whole debt; from the first payment on, the plan's total less what has been paid.
      lines.push({
        procedure: row.procedure,
        label: row.label,
        points: months.map((m) => (m === 0 ? totalDebt : Math.max(0, total - monthly * m))),
      });
    }
  }
  return { horizon, max: Math.max(1, ...lines.flatMap((l) => l.points)), lines };
}
