// The static build's page around the app: usable while the in-browser database opens (a line says
// it is opening); a saved view of the overview (saved-view.ts) is marked as such and takes no input
// until the database answers, when the page is made again from the database.
import type { ReactNode } from 'react';
import { useDatabaseStatus } from './database-status.js';

const when = (ms: number) => new Date(ms).toLocaleString('ja-JP', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function DeviceShell({ children }: { children: ReactNode }) {
  const { state, savedViewAt, generation } = useDatabaseStatus();
  const saved = savedViewAt !== undefined;
  return (
    <>
      {state === 'opening' && (
        <p className="notice notice-warn no-print" role="status" data-testid="database-opening">
          {saved
            ? `前回(${when(savedViewAt)})に表示した内容です。この端末のデータを開いています…(開くまで変更できません)`
            : 'この端末のデータを開いています…(初めての時は数秒かかります)'}
        </p>
      )}
      <div key={generation} inert={saved} className={saved ? 'saved-view' : undefined}>
        {children}
      </div>
    </>
  );
}
