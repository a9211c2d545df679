// A history saved by someone else since this screen loaded it: the rows that differ between theirs
// and the one on screen (which stays as typed), and the two ways on.
import type { TransactionInput } from '@wakai/core';
import { rowChanges } from '../conflict.js';

const SHOWN = 20;

export function HistoryConflict({
  mine,
  theirs,
  onOverwrite,
  onTakeTheirs,
  overwriteLabel = 'あなたの履歴で上書き保存',
}: {
  mine: readonly TransactionInput[];
  theirs: readonly TransactionInput[];
  onOverwrite: () => void | Promise<void>;
  onTakeTheirs: () => void;
  overwriteLabel?: string;
}) {
  const changes = rowChanges(mine, theirs);
  const list = (title: string, rows: { position: number; text: string }[]) =>
    rows.length > 0 && (
      <div>
        <b>
          {title}({rows.length}行)
        </b>
        <ul>
          {rows.slice(0, SHOWN).map((row) => (
            <li key={`${row.position}-${row.text}`}>
              {row.position}行目: {row.text}
            </li>
          ))}
          {rows.length > SHOWN && <li>ほか {rows.length - SHOWN} 行</li>}
        </ul>
      </div>
    );
  return (
    <div className="notice notice-warn conflict" role="alert" data-testid="history-conflict">
      <p>
        <b>他の画面または他の人が、この取引履歴を先に保存しました</b>(保存済み {theirs.length}行、この画面 {mine.length}
        行)。あなたの入力は画面に残しています。
      </p>
      {list('この画面にだけある行', changes.onlyMine)}
      {list('保存されている履歴にだけある行', changes.onlyTheirs)}
      {changes.onlyMine.length + changes.onlyTheirs.length === 0 && <p>行の内容は同じです。</p>}
      <div className="actions">
        <button type="button" onClick={() => void onOverwrite()}>
          {overwriteLabel}
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          保存されている履歴を読み込む(あなたの変更は破棄)
        </button>
      </div>
    </div>
  );
}
