// Leaving a page with unsaved edits asks first: closing or reloading the tab (beforeunload), and
// following a link inside the app (the click is caught before the router sees it).
import { useEffect } from 'react';

const dirty = new Set<symbol>();
let installed = false;

export const leaveQuestion = '保存していない変更があります。保存せずにこのページを離れますか?';

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

/** While `unsaved` is true, leaving the page asks first. */
export function useUnsavedChanges(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    install();
    const key = Symbol('unsaved');
    dirty.add(key);
    return () => {
      dirty.delete(key);
    };
  }, [unsaved]);
}
