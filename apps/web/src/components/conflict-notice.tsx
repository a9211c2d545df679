// A save refused because someone else saved first (a 409): what differs, field by field, beside the
// user's input (which stays on screen), brought to where the user is — on a phone the save button may
// be far below the top of the form.
import type { FieldChange } from '@wakai/core';
import { type ReactNode, useEffect, useRef } from 'react';

/** What someone else saved since the screen was loaded, beside what the user typed (kept on screen). */
export interface SaveConflict {
  /** `from` what is saved, `to` what the user typed. */
  changes: FieldChange[];
  /** A field's name for the reader. */
  label: (field: string) => string;
  /** Save the user's input over theirs (with their version); absent where that makes no sense. */
  overwrite?: () => Promise<void>;
  /** Take theirs: the user's unsaved input is discarded. */
  reload: () => Promise<void>;
}

/** Scrolled into view and focused when it appears, whatever the conflict view inside. */
export function OnScreen({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'start' });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="on-screen" ref={box} tabIndex={-1}>
      {children}
    </div>
  );
}

export function ConflictNotice({ conflict }: { conflict: SaveConflict }) {
  return (
    <div className="notice notice-warn conflict" role="alert" data-testid="conflict">
      <p>
        <b>他の画面または他の人が、先に内容を保存しました。</b>あなたの入力は画面に残しています。違い(
        {conflict.changes.length}項目)を確かめてください。
      </p>
      {conflict.changes.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>項目</th>
              <th>あなたの入力</th>
              <th>保存されている内容</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.field}>
                <th>{conflict.label(change.field)}</th>
                <td>{change.to}</td>
                <td>{change.from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        {conflict.overwrite && (
          <button type="button" onClick={() => void conflict.overwrite?.()}>
            あなたの入力で上書き保存
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void conflict.reload()}>
          保存されている内容を読み込む(あなたの入力は破棄)
        </button>
      </div>
    </div>
  );
}
