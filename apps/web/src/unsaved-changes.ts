// Leaving a page with unsaved edits asks first: closing or reloading the tab (beforeunload),
// following a link inside the app (the click is caught before the router sees it), and the browser's
// back button (a guard entry of the same address is pushed while edits are unsaved; going back from
// it asks, and staying pushes it again).
import { useEffect } from 'react';

const dirty = new Set<symbol>();
let installed = false;
/** A popstate we caused ourselves (dropping the guard after a save), not the user's. */
let ownPops = 0;

export const leaveQuestion = '保存していない変更があります。保存せずにこのページを離れますか?';

const guardMark = '__wakaiUnsaved';
const onGuard = () => (history.state as Record<string, unknown> | null)?.[guardMark] === true;

function pushGuard() {
  if (!onGuard()) history.pushState({ ...(history.state ?? {}), [guardMark]: true }, '', location.href);
}

function install() {
  if (installed) return;
  installed = true;
  window.addEventListener('beforeunload', (event) => {
    if (dirty.size > 0) event.preventDefault();
  });
  document.addEventListener(
    'click',
    (event) => {
      if (dirty.size === 0 || event.defaultPrevented || event.button !== 0) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.hasAttribute('download') || link.getAttribute('target') === '_blank') return;
      if (window.confirm(leaveQuestion)) dirty.clear();
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );
}

// Registered when the app loads, capturing, so it runs before the router's own listener.
if (typeof window !== 'undefined') {
  window.addEventListener(
    'popstate',
    (event) => {
      if (ownPops > 0) {
        ownPops--;
        event.stopImmediatePropagation();
        return;
      }
      // Back from the guard lands on the same address: nothing to route.
      if (dirty.size === 0) return;
      event.stopImmediatePropagation();
      if (window.confirm(leaveQuestion)) {
        dirty.clear();
        history.back();
      } else pushGuard();
    },
    { capture: true },
  );
}

/** While `unsaved` is true, leaving the page asks first. */
export function useUnsavedChanges(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    install();
    const key = Symbol('unsaved');
    dirty.add(key);
    pushGuard();
    return () => {
      dirty.delete(key);
      // Saved (still on the page): the guard entry goes, so the next back leaves at once.
      if (dirty.size === 0 && onGuard()) {
        ownPops++;
        history.back();
      }
    };
  }, [unsaved]);
}
