import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Stand-in for the parts of Electron the window and its guards touch. It records what the code under
 * test registers (listeners, handlers, constructor options) so the tests can invoke those with
 * hostile input and check the answers; it has no security behaviour of its own.
 */
const standIn = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeSession {
    headersReceived: Listener | null = null;
    beforeRequest: { filter: { urls: string[] }; listener: Listener } | null = null;
    permissionRequest: Listener | null = null;
    permissionCheck: Listener | null = null;
    devicePermission: Listener | null = null;
    webRequest = {
      onHeadersReceived: (listener: Listener) => {
        this.headersReceived = listener;
      },
      onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => {
        this.beforeRequest = { filter, listener };
      },
    };
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheck = handler;
    }
    setDevicePermissionHandler(handler: Listener) {
      this.devicePermission = handler;
    }
  }
  class FakeWebContents extends Emitter {
    windowOpenHandler: Listener | null = null;
    session = new FakeSession();
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    title = '';
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    setTitle(title: string) {
      this.title = title;
    }
  }
  return { FakeBrowserWindow, FakeWebContents, FakeSession };
});

vi.mock('electron', () => ({ BrowserWindow: standIn.FakeBrowserWindow }));

import type { WebContents } from 'electron';
import { createMainWindow } from '../../electron/main-window';
import { guardWebContents } from '../../electron/web-contents-guards';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security-policy';

type FakeWebContents = InstanceType<typeof standIn.FakeWebContents>;

function navigationAttempt(url: string) {
  let prevented = false;
  return {
    url,
    isMainFrame: true,
    isSameDocument: false,
    preventDefault: () => {
      prevented = true;
    },
    get prevented() {
      return prevented;
    },
  };
}

function freshContents(): FakeWebContents {
  const contents = new standIn.FakeWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

describe('main window', () => {
  beforeEach(() => {
    standIn.FakeBrowserWindow.created.length = 0;
  });

  it('is created sandboxed, context-isolated and without Node.js, with the preload and default size', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.js', entryUrl: 'app://bundle/index.html', isDevelopment: false });
    const window = standIn.FakeBrowserWindow.created[0]!;
    expect(window.options).toMatchObject({ width: 1280, height: 800, minWidth: 960, minHeight: 640, show: false });
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/dist/electron/preload.js',
    });
    expect(window.loadedUrl).toBe('app://bundle/index.html');
  });

  it('shows only when ready and keeps the product name in the title', () => {
    createMainWindow({ preloadPath: '/p.js', entryUrl: 'app://bundle/index.html', isDevelopment: true });
    const window = standIn.FakeBrowserWindow.created[0]!;
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);

    const event = navigationAttempt('');
    window.emit('page-title-updated', event, 'Acme Corp');
    expect(event.prevented).toBe(true);
    expect(window.title).toBe('Acme Corp — SOC 2 Workbench');
    window.emit('page-title-updated', navigationAttempt(''), '');
    expect(window.title).toBe('SOC 2 Workbench');
  });

  it('guards its own web contents from the start', () => {
    createMainWindow({ preloadPath: '/p.js', entryUrl: 'app://bundle/index.html', isDevelopment: false });
    const contents = standIn.FakeBrowserWindow.created[0]!.webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.session.permissionRequest).not.toBeNull();
  });
});

describe('web contents guards', () => {
  it('denies window.open for every URL, including the app itself', () => {
    const contents = freshContents();
    for (const url of ['https://example.com/', 'app://bundle/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents leaving the app, allows moving within it', (event) => {
    const contents = freshContents();
    for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'app://other/index.html', 'app://bundle:8080/', 'data:text/html,hi', 'not a url']) {
      const attempt = navigationAttempt(url);
      contents.emit(event, attempt, url);
      expect(attempt.prevented, url).toBe(true);
    }
    const inside = navigationAttempt('app://bundle/index.html#/steps/gaps');
    contents.emit(event, inside, inside.url);
    expect(inside.prevented).toBe(false);
  });

  it('refuses to attach <webview> tags', () => {
    const contents = freshContents();
    const attempt = navigationAttempt('');
    contents.emit('will-attach-webview', attempt, {}, {});
    expect(attempt.prevented).toBe(true);
  });

  it('denies every permission request and permission check', () => {
    const session = freshContents().session;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequest?.(null, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.(null, permission, 'app://bundle', {})).toBe(false);
    }
    expect(session.devicePermission?.({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });

  it('puts the strict CSP on every response, replacing any weaker policy', () => {
    const session = freshContents().session;
    const callback = vi.fn();
    session.headersReceived?.(
      { url: 'app://bundle/index.html', responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    const cspNames = Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy');
    expect(cspNames).toEqual(['Content-Security-Policy']);
    const policy = headers['Content-Security-Policy']!.join(' ');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('leaves the developer tools their own policy', () => {
    const session = freshContents().session;
    const callback = vi.fn();
    session.headersReceived?.({ url: 'devtools://devtools/bundled/devtools_app.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('cancels every request to the network', () => {
    const session = freshContents().session;
    expect(session.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    session.beforeRequest?.listener({ url: 'https://tracker.example/pixel.gif' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('is applied once per web contents even when asked twice', () => {
    const contents = freshContents();
    guardWebContents(contents as unknown as WebContents);
    expect(contents.listeners.get('will-navigate')).toHaveLength(1);
  });
});
