import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';

/**
 * Remote schemes the renderer must never reach. The app is offline by design: workspace data stays
 * on this machine, so any request to the network is either a bug or an injected resource.
 */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

const guarded = new WeakSet<Session>();

/**
 * Locks down one session: CSP on every response, every permission (camera, notifications,
 * clipboard read, HID, ...) refused both when asked for and when merely checked, and no request
 * leaves for the network. Idempotent, so it can be applied to each new web contents' session.
 */
export function guardSession(session: Session): void {
  if (guarded.has(session)) return;
  guarded.add(session);

  // The app:// handler sets the CSP itself; this covers any other response a session might see.
  session.webRequest.onHeadersReceived((details, callback) => {
    // DevTools (development only) brings its own policy and breaks under the page's.
    if (details.url.startsWith('devtools://')) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });

  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) => {
    callback({ cancel: true });
  });

  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
