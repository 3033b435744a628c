import type { WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { guardSession } from './session-guards';

interface NavigationAttempt {
  url: string;
  preventDefault(): void;
}

const guarded = new WeakSet<WebContents>();

// A page that could navigate away would keep the preload's API while showing someone else's content.
function refuseForeignNavigation(attempt: NavigationAttempt): void {
  if (!isAppUrl(attempt.url)) attempt.preventDefault();
}

/**
 * Applied to every web contents the app creates (main.ts hooks `web-contents-created`), so a window
 * or frame added later cannot miss them: no new windows, no navigation or redirect away from the
 * app's own page, no <webview>, and the session's CSP and permission guards.
 */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);

  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', refuseForeignNavigation);
  contents.on('will-frame-navigate', refuseForeignNavigation);
  contents.on('will-redirect', refuseForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardSession(contents.session);
}
