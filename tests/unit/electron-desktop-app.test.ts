import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Stand-in for the Electron main-process modules desktop-app.ts uses. It only records what the shell
 * registers and lets the test fire app events, IPC messages and child-process events; every decision
 * checked below is made by the shell's own code.
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
      const wrapped: Listener = (...args) => {
        this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
        return listener(...args);
      };
      return this.on(event, wrapped);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
    }
  }
  class FakeSession {
    handlers = new Map<string, Listener>();
    webRequest = {
      onHeadersReceived: (listener: Listener) => this.handlers.set('headers', listener),
      onBeforeRequest: (_filter: unknown, listener: Listener) => this.handlers.set('request', listener),
    };
    setPermissionRequestHandler(handler: Listener) {
      this.handlers.set('permission-request', handler);
    }
    setPermissionCheckHandler(handler: Listener) {
      this.handlers.set('permission-check', handler);
    }
    setDevicePermissionHandler(handler: Listener) {
      this.handlers.set('device-permission', handler);
    }
  }
  class FakeWebContents extends Emitter {
    session = new FakeSession();
    sent: unknown[][] = [];
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    isDestroyed() {
      return false;
    }
  }
  class FakeBrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    focused = 0;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
    }
    static fromWebContents() {
      return null;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    isDestroyed() {
      return false;
    }
    setTitle() {}
    setRepresentedFilename() {}
  }
  class FakeChild extends Emitter {
    posted: unknown[] = [];
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    kill() {
      return true;
    }
  }
  const app = new (class extends Emitter {
    isPackaged = false;
    ready = false;
    requestSingleInstanceLock = () => state.haveLock;
    quit = () => {
      state.quits++;
    };
    isReady = () => this.ready;
    whenReady = () => {
      this.ready = true;
      return Promise.resolve();
    };
    getPath = (name: string) => path.join(state.userData, name === 'userData' ? '' : name);
    addRecentDocument = (filePath: string) => state.recentDocuments.push(filePath);
    setName = (name: string) => {
      state.name = name;
    };
    setPath = (name: string, value: string) => state.setPaths.push([name, value]);
    enableSandbox = () => {
      state.sandboxEnabled = true;
    };
    setAppUserModelId = () => undefined;
  })();
  const state = {
    haveLock: true,
    quits: 0,
    userData: '',
    windows: [] as FakeBrowserWindow[],
    children: [] as FakeChild[],
    forkArgs: [] as unknown[][],
    protocolHandlers: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
    ipcListeners: new Map<string, Listener>(),
    menus: [] as unknown[],
    errorBoxes: [] as string[],
    recentDocuments: [] as string[],
    defaultSession: new FakeSession(),
    name: '',
    setPaths: [] as [string, string][],
    sandboxEnabled: false,
    privilegedSchemes: [] as unknown[],
  };
  // Hoisted code runs before imports, so it cannot use node:path.
  const path = { join: (...parts: string[]) => parts.filter(Boolean).join('/') };
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: {
      get defaultSession() {
        return state.defaultSession;
      },
    },
    protocol: {
      handle: (scheme: string) => state.protocolHandlers.push(scheme),
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler),
      on: (channel: string, listener: Listener) => state.ipcListeners.set(channel, listener),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
      removeListener: (channel: string) => state.ipcListeners.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => state.menus.push(menu) },
    utilityProcess: {
      fork: (...args: unknown[]) => {
        const child = new FakeChild();
        state.children.push(child);
        state.forkArgs.push(args);
        return child;
      },
    },
    dialog: { showErrorBox: (title: string, body: string) => state.errorBoxes.push(`${title}: ${body}`) },
    shell: { openPath: async () => '', openExternal: async () => undefined },
  };
  const reset = (userData: string) => {
    state.haveLock = true;
    state.quits = 0;
    state.userData = userData;
    state.windows.length = 0;
    state.children.length = 0;
    state.forkArgs.length = 0;
    state.protocolHandlers.length = 0;
    state.ipcHandlers.clear();
    state.ipcListeners.clear();
    state.menus.length = 0;
    state.errorBoxes.length = 0;
    state.recentDocuments.length = 0;
    state.defaultSession = new FakeSession();
    state.name = '';
    state.setPaths.length = 0;
    state.sandboxEnabled = false;
    state.privilegedSchemes.length = 0;
    app.listeners.clear();
    app.ready = false;
  };
  return { electron, state, reset, FakeWebContents };
});

vi.mock('electron', () => standIn.electron);

import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { startDesktopApp } from '../../electron/desktop-app';
import { IPC_CHANNELS } from '../../electron/ipc-channels';

const { state, electron } = standIn;
const flush = () => new Promise((resolve) => setImmediate(resolve));

let dir: string;
let rendererRoot: string;
let workspaceFile: string;

const paths = () => ({ rendererRoot, preloadPath: '/app/dist/electron/preload.js', coreEntryPath: '/app/dist/electron/core-host-entry.js' });
const mainWindow = () => state.windows[0]!;
const trustedEvent = () => ({ sender: mainWindow().webContents, senderFrame: { url: 'app://bundle/index.html', parent: null } });
const pageListens = () => state.ipcListeners.get(IPC_CHANNELS.shellReady)!(trustedEvent());
const menuCommandsSent = () => mainWindow().webContents.sent.filter(([channel]) => channel === IPC_CHANNELS.menuCommand).map(([, command]) => command);
const preventable = () => ({ prevented: false, preventDefault() { this.prevented = true; } });

function lastMenu(): MenuItemConstructorOptions[] {
  return state.menus.at(-1) as MenuItemConstructorOptions[];
}
function menuItem(top: string, label: string): MenuItemConstructorOptions {
  const menu = lastMenu().find((item) => item.label?.replace('&', '') === top)!;
  return (menu.submenu as MenuItemConstructorOptions[]).find((item) => item.label === label)!;
}

async function started() {
  expect(startDesktopApp(paths())).toBe(true);
  await flush();
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-desktop-app-'));
  rendererRoot = path.join(dir, 'renderer');
  fs.mkdirSync(rendererRoot);
  fs.writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html>');
  workspaceFile = path.join(dir, 'Acme.soc2');
  fs.writeFileSync(workspaceFile, 'x');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
  standIn.reset(path.join(dir, 'userData'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('desktop app start-up', () => {
  it('quits without a window or core process when another instance holds the lock', async () => {
    state.haveLock = false;
    expect(startDesktopApp(paths())).toBe(false);
    await flush();
    expect(state.quits).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.children).toHaveLength(0);
    expect(electron.app.listeners.size).toBe(0);
  });

  it('guards the default session, serves app://, starts the core and opens one secure window', async () => {
    await started();
    const session = state.defaultSession;
    const callback = vi.fn();
    session.handlers.get('permission-request')!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.handlers.has('headers')).toBe(true);

    expect(state.protocolHandlers).toEqual(['app']);
    expect(state.forkArgs[0]![0]).toBe('/app/dist/electron/core-host-entry.js');
    expect([...state.ipcHandlers.keys()].sort()).toEqual([IPC_CHANNELS.api, IPC_CHANNELS.chooseWorkspace, IPC_CHANNELS.openExternal].sort());

    expect(state.windows).toHaveLength(1);
    expect(mainWindow().loadedUrl).toBe('app://bundle/index.html');
    expect(mainWindow().options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/dist/electron/preload.js' });
    expect(state.menus.length).toBeGreaterThan(0);
  });

  it('refuses to start, with a message, when the built interface is missing', async () => {
    fs.rmSync(path.join(rendererRoot, 'index.html'));
    await started();
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]).toContain('interface files are missing');
    expect(state.quits).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.children).toHaveLength(0);
  });

  it('applies the guards to every web contents created later', async () => {
    await started();
    const contents = new standIn.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents as unknown as WebContents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const attempt = { url: 'https://example.com/', ...preventable() };
    contents.emit('will-navigate', attempt);
    expect(attempt.prevented).toBe(true);
    expect(contents.session.handlers.has('permission-request')).toBe(true);
  });
});

describe('workspace files from the operating system', () => {
  it('forwards a double-clicked .soc2 file as open-path once the page listens', async () => {
    await started();
    const event = preventable();
    electron.app.emit('open-file', event, workspaceFile);
    expect(event.prevented).toBe(true);
    expect(menuCommandsSent()).toEqual([]);
    pageListens();
    expect(menuCommandsSent()).toEqual([`open-path:${workspaceFile}`]);
  });

  it('accepts a file handed over before the app is ready', async () => {
    expect(startDesktopApp(paths())).toBe(true);
    electron.app.emit('open-file', preventable(), workspaceFile);
    await flush();
    pageListens();
    expect(menuCommandsSent()).toEqual([`open-path:${workspaceFile}`]);
  });

  it('drops paths that are not existing .soc2 files', async () => {
    await started();
    pageListens();
    electron.app.emit('open-file', preventable(), path.join(dir, 'notes.txt'));
    electron.app.emit('open-file', preventable(), path.join(dir, 'missing.soc2'));
    expect(menuCommandsSent()).toEqual([]);
  });

  it('takes the file from a second instance’s command line, relative to its folder', async () => {
    await started();
    pageListens();
    electron.app.emit('second-instance', {}, ['/usr/bin/soc2-workbench', '--no-sandbox', 'Acme.soc2'], dir);
    expect(menuCommandsSent()).toEqual([`open-path:${workspaceFile}`]);
    electron.app.emit('second-instance', {}, ['/usr/bin/soc2-workbench'], dir);
    expect(mainWindow().focused).toBeGreaterThan(0);
  });
});

describe('menu, recent workspaces, core failures and quitting', () => {
  it('sends menu picks to the window', async () => {
    await started();
    pageListens();
    (menuItem('Go', 'Gap Analysis').click as () => void)();
    (menuItem('File', 'Open…').click as () => void)();
    expect(menuCommandsSent()).toEqual(['step:gaps', 'open']);
  });

  it('fills Open Recent from the core and refreshes it when a workspace opens', async () => {
    await started();
    const child = state.children[0]!;
    const listCall = child.posted.find((m) => (m as { method?: string }).method === 'workspace.list') as { id: number };
    child.emit('message', { type: 'result', id: listCall.id, response: { ok: true, value: { folder: null, files: [], recent: [{ path: workspaceFile }] } } });
    await flush();
    const recent = menuItem('File', 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent).toHaveLength(1);

    const opening = state.ipcHandlers.get(IPC_CHANNELS.api)!(trustedEvent(), 'workspace.open', { path: workspaceFile }) as Promise<unknown>;
    const openCall = child.posted.at(-1) as { id: number };
    child.emit('message', { type: 'result', id: openCall.id, response: { ok: true, value: { path: workspaceFile } } });
    await opening;
    expect(state.recentDocuments).toEqual([workspaceFile]);
    expect((child.posted.at(-1) as { method: string }).method).toBe('workspace.list');
  });

  it('tells the page when the core process crashed and was restarted', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await started();
    pageListens();
    state.children[0]!.emit('exit', 134);
    expect(menuCommandsSent()).toEqual(['core-restarted']);
    expect(logged.mock.calls.join(' ')).toContain('exited unexpectedly with code 134');
    logged.mockRestore();
    expect(state.children).toHaveLength(2);
  });

  it('holds quitting until the core process has closed the workspace', async () => {
    await started();
    const child = state.children[0]!;
    const first = preventable();
    electron.app.emit('before-quit', first);
    expect(first.prevented).toBe(true);
    expect(child.posted.at(-1)).toEqual({ type: 'shutdown' });
    expect(state.quits).toBe(0);

    child.emit('exit', 0);
    await flush();
    expect(state.quits).toBe(1);
    const second = preventable();
    electron.app.emit('before-quit', second);
    expect(second.prevented).toBe(false);
  });
});

describe('entry point', () => {
  it('before ready: names the app, sets its settings folder, sandboxes every renderer and registers app://', async () => {
    state.haveLock = false;
    vi.stubEnv('SOC2_USER_DATA_DIR', path.join(dir, 'isolated'));
    try {
      vi.resetModules();
      await import('../../electron/main');
    } finally {
      vi.unstubAllEnvs();
    }
    expect(state.name).toBe('SOC 2 Workbench');
    expect(state.setPaths).toEqual([['userData', path.join(dir, 'isolated')]]);
    expect(state.sandboxEnabled).toBe(true);
    expect(state.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    // Then start-up proper: here a second instance, which quits.
    expect(state.quits).toBe(1);
  });
});
