// The coach's warnings as the user reads them: what, why, what to do now, and the source.
// Advice, never a block: the form can still be saved.
import type { CoachWarning } from '@wakai/core';

export function CoachWarnings({ warnings, label }: { warnings: readonly CoachWarning[]; label: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="coach-warnings" aria-label={label} aria-live="polite" data-testid="coach-warnings">
      {warnings.map((w) => (
        <li key={`${w.code}-${w.title}-${w.message.slice(0, 20)}`} className="coach-warning" data-code={w.code}>
          <div>
            <b>⚠ {w.title}</b>
          </div>
          <div>{w.message}</div>
          {w.todo && <div className="todo">すること: {w.todo}</div>}
          <div className="source">根拠: {w.source}</div>
        </li>
      ))}
    </ul>
  );
}
