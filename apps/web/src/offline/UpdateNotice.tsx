// A new version of the offline app is ready: said at the bottom of the page, applied only when the
// person presses the button (what they are typing is never lost to a forced reload).
import { useEffect, useState } from 'react';
import { onUpdateWaiting, updateNow, updateWaiting } from './app-updates.js';

export function UpdateNotice() {
  const [ready, setReady] = useState(updateWaiting);
  useEffect(() => onUpdateWaiting(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <div className="update-notice no-print" role="status">
      新しい版の Wakai があります。入力中の内容を保存してから、更新してください。
      <button type="button" onClick={updateNow}>
        更新する
      </button>
    </div>
  );
}
