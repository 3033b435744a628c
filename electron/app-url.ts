/**
 * Where the app's own page lives. The renderer is served from a private `app://` scheme instead of
 * `file://` so that it has a real origin of its own (CSP `'self'` means only the app's files, not the
 * whole disk) and so that every check below compares against one fixed place.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const PRODUCT_NAME = 'SOC 2 Workbench';

/**
 * True when `raw` points into the app's own page. Compares scheme and host rather than
 * `URL.origin`, because WHATWG URL reports the origin of non-special schemes such as `app:` as the
 * string "null", which would make every such URL look alike.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
}
