import { dialog, shell } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';

const MAX_URL_LENGTH = 2048;

/**
 * The only URLs the app will hand to the operating system: `https:` without embedded credentials.
 * Everything else (`http:` can be rewritten on the way, `file:` and custom schemes launch local
 * programs, `javascript:`/`data:` run code) is refused. Returns the normalised URL or null.
 */
export function allowedExternalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // "https://trusted.example@elsewhere.example" reads like one site and opens another.
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url;
}

/**
 * The one way a link leaves the app. The user sees the full address in a native dialog and must
 * agree before the browser opens it, so a link planted in workspace content cannot open a page
 * silently. Resolves to true only when the link was opened.
 */
export async function openExternalLink(raw: unknown, parent?: BrowserWindow | null): Promise<boolean> {
  const url = allowedExternalUrl(raw);
  if (url === null) return false;
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this address in your web browser?',
    detail: url.href,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href);
  return true;
}
