// Taking back a creditor's last step (issue 18 #9): a step recorded by mistake (one tap on the wrong
// button) is undone by a change of its own; the step stays in the history, marked undone, and the
// creditor returns to the step before it. Only the last step that stands, and not one that brought in
// a successor creditor (代位弁済・債権譲渡: that creditor would be left behind without its reason).
import type { CivilDate } from '../civil-date.js';
import { type NegotiationStatus, negotiationStatusLabels } from './negotiation-status.js';

interface StandingStep {
  status: NegotiationStatus;
  date: CivilDate;
  successor: string;
}

export type UndoPlan = { problem: string } | { problem: null; back: NegotiationStatus; note: string };

/** What undoing the last standing step does, or why it cannot be undone (in Japanese). */
export function planUndo(current: NegotiationStatus, standing: readonly StandingStep[]): UndoPlan {
  const last = standing[standing.length - 1];
  if (!last || last.status !== current) return { problem: '取り消せる段階がありません(記録した段階がまだありません)' };
  const label = negotiationStatusLabels[last.status];
  if (last.successor.trim())
    return {
      problem: `「${label}」で${last.successor}を新しい債権者として追加しているため、取り消せません。その債権者を削除してから取り消してください`,
    };
  const back = standing[standing.length - 2]?.status ?? 'not-started';
  return { problem: null, back, note: `「${label}」(${last.date})を取り消し、「${negotiationStatusLabels[back]}」に戻しました` };
}
