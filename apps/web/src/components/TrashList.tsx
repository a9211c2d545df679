import { useState } from 'react';
import { ApiError, call, client, type TrashItem } from '../api.js';
import { dateTime, kindLabels } from '../audit-labels.js';
import { Notice } from './form.js';

/** Deleted items with a restore button each; `onRestored` reloads what shows them. */
export function TrashList({ items, keepDays, onRestored }: { items: TrashItem[]; keepDays: number; onRestored: () => Promise<void> }) {
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  async function restore(item: TrashItem) {
    try {
      await call(client.trash[':trashId'].restore.$post({ param: { trashId: item.id } }));
      setNotice({ kind: 'ok', text: `「${item.label}」を元に戻しました` });
      await onRestored();
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  return (
    <>
      <p className="hint">削除したものは{keepDays}日間ここに残り、その間は元に戻せます。過ぎると完全に消えます。</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {items.length === 0 ? (
        <p>ごみ箱は空です。</p>
      ) : (
        <ul className="trash-list" data-testid="trash-list">
          {items.map((item) => (
            <li key={item.id} className="trash-item">
              <div>
                <span className="trash-kind">{kindLabels[item.kind] ?? item.kind}</span> <b>{item.label}</b>
              </div>
              <div className="hint">
                {dateTime(item.deletedAt)} に{item.deletedBy}が削除・{dateTime(item.keptUntil)} まで戻せます
              </div>
              <button type="button" className="secondary" onClick={() => void restore(item)}>
                元に戻す
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
