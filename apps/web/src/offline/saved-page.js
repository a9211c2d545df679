// The static build's first paint on a second visit, before the app's JavaScript has loaded: the
// overview of this address as last shown (kept by DeviceShell under saved-view.ts's names), marked
// as the saved view and taking no input. The app replaces it as soon as it renders.
(() => {
  try {
    // The site's root is document.baseURI (set in index.html), at a domain's root or under a sub-path.
    const base = new URL(document.baseURI).pathname;
    if (!location.pathname.startsWith(base) || !/^cases\/[0-9a-f-]{36}$/.test(location.pathname.slice(base.length))) return;
    const saved = JSON.parse(localStorage.getItem(`wakai-saved-view:${location.pathname}#page`) ?? 'null');
    const root = document.getElementById('root');
    if (!saved || !root || root.childElementCount > 0) return;
    // As DeviceShell writes it (toLocaleString('ja-JP'), e.g. 12月6日 09:05), by hand: the first use of
    // the Japanese locale's data takes hundreds of milliseconds on a slow phone, before this could paint.
    const at = new Date(saved.savedAt);
    const two = (n) => String(n).padStart(2, '0');
    const when = `${at.getMonth() + 1}月${at.getDate()}日 ${two(at.getHours())}:${two(at.getMinutes())}`;
    const notice = document.createElement('p');
    notice.className = 'notice notice-warn no-print';
    notice.setAttribute('role', 'status');
    notice.textContent = `前回(${when})に表示した内容です。この端末のデータを開いています…(開くまで変更できません)`;
    const page = document.createElement('div');
    page.inert = true;
    page.className = 'saved-view';
    page.innerHTML = saved.html;
    root.append(notice, page);
    performance.mark('wakai:saved-page');
  } catch {
    // Nothing saved that can be read: the app draws the page itself.
  }
})();
