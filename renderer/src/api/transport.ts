import type { ApiResponse } from '../../../core/api/errors';

/** How the UI reaches core/: the Electron preload in the desktop app, HTTP in browser mode. */
export interface ApiTransport {
  kind: 'desktop' | 'browser';
  send(method: string, args: unknown): Promise<ApiResponse<unknown>>;
}

export interface DesktopShell {
  chooseWorkspace(options: { purpose: 'open' | 'create' | 'open-review' | 'open-review-file' | 'save-review-file' | 'save-report' }): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    soc2api?: Record<string, (args: unknown) => Promise<ApiResponse<unknown>>>;
    soc2shell?: DesktopShell;
  }
}

function desktopTransport(api: NonNullable<Window['soc2api']>): ApiTransport {
  return {
    kind: 'desktop',
    send: async (method, args) => {
      const fn = api[method];
      if (!fn) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `The desktop shell does not offer ${method}.` } };
      return fn(args);
    },
  };
}

const TOKEN_KEY = 'soc2.token';

/**
 * Browser mode: the printed URL carries the per-run token in its fragment (never sent to the server in
 * the request line). It is kept in sessionStorage and removed from the address bar at once.
 */
function readBrowserToken(): string {
  const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function browserTransport(): ApiTransport {
  const token = readBrowserToken();
  return {
    kind: 'browser',
    send: async (method, args) => {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
        return (await response.json()) as ApiResponse<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'The app is not responding. Check that the terminal running "npm run web" (or "npm start") is still open, then reload this page.' } };
      }
    },
  };
}

export function detectTransport(): ApiTransport {
  return window.soc2api ? desktopTransport(window.soc2api) : browserTransport();
}
