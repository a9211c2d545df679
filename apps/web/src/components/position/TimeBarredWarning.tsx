// The creditor page's one warning for a debt whose limitation may have run or has run, near the top:
// the position's own limitation warning (its wording and sources, position-warnings.ts) and where the
// 時効援用通知 is. The forms below keep only their confirmation checkbox (TimeBarredConfirm).
import { type DebtPosition, mayBeTimeBarred, type PositionWarningCode } from '@wakai/core';

const limitationCodes = new Set<string>(['limitation-has-run', 'limitation-may-have-run'] satisfies PositionWarningCode[]);

/** The position's limitation warnings: shown by TimeBarredWarning, left out of the card's list. */
export const isLimitationWarning = (w: { code: string }) => limitationCodes.has(w.code);

export function TimeBarredWarning({ position }: { position: Pick<DebtPosition, 'limitationStatus' | 'warnings'> }) {
  if (!mayBeTimeBarred(position.limitationStatus)) return null;
  return (
    <section className="notice notice-warn" aria-label="時効の注意" data-testid="position-time-barred">
      <h2>時効の注意</h2>
      {position.warnings.filter(isLimitationWarning).map((w) => (
        <p key={w.code}>
          {w.message}
          <span className="source">(根拠: {w.source})</span>
        </p>
      ))}
      <p>和解案や和解書、支払の前に、時効の援用(民法145条)を検討してください。書類の画面の「時効援用通知」で通知を作れます。</p>
    </section>
  );
}
