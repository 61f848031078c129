/**
 * Calls back when the page's URL changes without a page load (single-page apps: pushState,
 * back and forward, fragment changes). The Navigation API's currententrychange fires once the new
 * URL is in place; where it is missing (Firefox ESR), the URL is compared once a second, as WXT
 * does. Started only on pages with candidate words: elsewhere a new view that matters changes the
 * DOM, which the checker's observer sees.
 */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

const POLL_MS = 1000;

export function watchUrl(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = win.setInterval(check, POLL_MS);
  return () => win.clearInterval(timer);
}
