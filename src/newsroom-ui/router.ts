import { useEffect, useState } from 'preact/hooks';

/** The app lives under /newsroom; every screen has its own address, so reload and back work. */
export const BASE = '/newsroom';

const listeners = new Set<() => void>();

/** Goes to an app path (`/articles/…`) without reloading, like a link would. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = BASE + (path === '/' ? '' : path);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((l) => l());
}

window.addEventListener('popstate', () => listeners.forEach((l) => l()));

/** Same-origin links inside the app navigate in place; modified clicks open tabs as usual. */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !(url.pathname === BASE || url.pathname.startsWith(`${BASE}/`)) || url.pathname.startsWith(`${BASE}/sign-in/confirm`)) return;
  event.preventDefault();
  navigate((url.pathname.slice(BASE.length) || '/') + url.search);
});

/** The current app path (without /newsroom) and query, re-rendering on navigation. */
export function useRoute(): { path: string; params: URLSearchParams } {
  const read = () => ({ path: location.pathname.slice(BASE.length) || '/', params: new URLSearchParams(location.search) });
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return route;
}

export const href = (path: string): string => BASE + (path === '/' ? '' : path);
