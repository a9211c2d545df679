// Taking back a creditor's last step (issue 18 #9): back to the step before it, never past a
// successor creditor the step brought in, never when nothing stands.
import { describe, expect, it } from 'vitest';
import { planUndo } from './status-undo.js';

const step = (status: Parameters<typeof planUndo>[0], date = '2026-12-01', successor = '') => ({ status, date, successor });

describe('planUndo', () => {
  it('goes back to the step before the last, or to 未着手', () => {
    expect(planUndo('history-requested', [step('notice-sent'), step('history-requested', '2026-12-03')])).toEqual({
      problem: null,
      back: 'notice-sent',
      note: '「取引履歴請求」(2026-12-03)を取り消し、「受任通知送付」に戻しました',
    });
    expect(planUndo('notice-sent', [step('notice-sent')])).toMatchObject({ problem: null, back: 'not-started' });
  });

  it('refuses when no step stands, or the last one brought in a successor creditor', () => {
    expect(planUndo('not-started', []).problem).toBe('取り消せる段階がありません(記録した段階がまだありません)');
    // The creditor's status set without a recorded step (a case file's): nothing of ours to take back.
    expect(planUndo('negotiating', [step('notice-sent')]).problem).toContain('取り消せる段階がありません');
    expect(planUndo('subrogated', [step('notice-sent'), step('subrogated', '2026-12-02', '保証株式会社')]).problem).toContain(
      '保証株式会社を新しい債権者として追加しているため、取り消せません',
    );
  });
});
