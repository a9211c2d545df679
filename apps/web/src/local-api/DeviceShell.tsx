// The static build's page around the app: usable while the in-browser database opens (a line says
// it is opening); a saved view of the overview (saved-view.ts) is marked as such and takes no input
// until the database answers, when the page is made again from the database. The overview as drawn
// from the database is kept for the next visit's first paint (offline/saved-page.js).
import { type ReactNode, useEffect, useRef } from 'react';
import { useDatabaseStatus } from './database-status.js';
import { keepPage } from './saved-view.js';

const when = (ms: number) => new Date(ms).toLocaleString('ja-JP', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Keeps the page's HTML a moment after it last changed, while it shows what the database holds. */
function useKeptPage(live: boolean) {
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = page.current;
    if (!live || !element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => {
      if (element.querySelector('h1')) keepPage(location.pathname, element.innerHTML);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(keep, 500);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    // Leaving before the moment has passed keeps the page as it is.
    addEventListener('pagehide', keep);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      removeEventListener('pagehide', keep);
    };
  }, [live]);
  return page;
}

export function DeviceShell({ children }: { children: ReactNode }) {
  const { state, savedViewAt, generation } = useDatabaseStatus();
  const saved = savedViewAt !== undefined;
  const page = useKeptPage(state === 'open' && !saved);
  return (
    <>
      {state === 'opening' && (
        <p className="notice notice-warn no-print" role="status" data-testid="database-opening">
          {saved
            ? `前回(${when(savedViewAt)})に表示した内容です。この端末のデータを開いています…(開くまで変更できません)`
            : 'この端末のデータを開いています…(初めての時は数秒かかります)'}
        </p>
      )}
      <div ref={page} key={generation} inert={saved} className={saved ? 'saved-view' : undefined}>
        {children}
      </div>
    </>
  );
}
