import { beforeEach, describe, expect, it, vi } from 'vitest';

const ipcStandIn = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
      if (ipcStandIn.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcStandIn.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => ipcStandIn.handlers.delete(channel),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => ipcStandIn.listeners.set(channel, listener),
    removeListener: (channel: string) => ipcStandIn.listeners.delete(channel),
  },
  BrowserWindow: { fromWebContents: () => null },
}));

import { API_METHODS } from '../../core/api/contract';
import type { ApiResponse } from '../../core/api/errors';
import { IPC_CHANNELS } from '../../electron/ipc-channels';
import { registerIpcHandlers, type IpcDependencies } from '../../electron/ipc';

const APP_PAGE = 'app://bundle/index.html';

function eventFrom(url: string | null, options: { subframe?: boolean } = {}) {
  const sender = { id: 7 };
  const senderFrame = url === null ? null : { url, parent: options.subframe ? { url: APP_PAGE } : null };
  return { sender, senderFrame };
}

function setUp() {
  const calls: { method: string; args: unknown }[] = [];
  const deps = {
    core: {
      call: vi.fn(async (method: string, args: unknown): Promise<ApiResponse<unknown>> => {
        calls.push({ method, args });
        if (method === 'workspace.open') return { ok: true, value: { path: '/w/acme.soc2' } };
        return { ok: true, value: { echoed: method } };
      }),
    },
    chooseWorkspace: vi.fn(async () => '/w/new.soc2'),
    openExternal: vi.fn(async () => true),
    onShellReady: vi.fn(),
    onWorkspaceChanged: vi.fn(),
  } satisfies IpcDependencies;
  const unregister = registerIpcHandlers(deps);
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const handler = ipcStandIn.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { deps, calls, invoke, unregister };
}

describe('IPC wiring', () => {
  beforeEach(() => {
    ipcStandIn.handlers.clear();
    ipcStandIn.listeners.clear();
  });

  it('relays a known method from the app page to the core and returns its answer', async () => {
    const { invoke, calls } = setUp();
    const response = await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), 'host.info', {});
    expect(response).toEqual({ ok: true, value: { echoed: 'host.info' } });
    expect(calls).toEqual([{ method: 'host.info', args: {} }]);
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/index.html')],
    ['a local file', eventFrom('file:///tmp/index.html')],
    ['a dev server', eventFrom('http://127.0.0.1:5173/')],
    ['an app-lookalike host', eventFrom('app://bundle.evil/index.html')],
    ['a destroyed frame', eventFrom(null)],
    ['a subframe of the app page', eventFrom(APP_PAGE, { subframe: true })],
  ])('refuses API calls from %s with UNAUTHORIZED, without reaching the core', async (_name, event) => {
    const { invoke, deps } = setUp();
    const response = (await invoke(IPC_CHANNELS.api, event, 'workspace.open', { path: '/w/acme.soc2' })) as ApiResponse<unknown>;
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error.code).toBe('UNAUTHORIZED');
    expect(deps.core.call).not.toHaveBeenCalled();
  });

  it.each(['db.exec', 'constructor', '__proto__', 'toString', '', 42, null, undefined])('refuses unknown method %j with UNKNOWN_METHOD', async (method) => {
    const { invoke, deps } = setUp();
    const response = (await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), method, {})) as ApiResponse<unknown>;
    expect(!response.ok && response.error.code).toBe('UNKNOWN_METHOD');
    expect(deps.core.call).not.toHaveBeenCalled();
  });

  it('accepts every method of the contract', async () => {
    const { invoke, calls } = setUp();
    for (const method of API_METHODS) await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), method, {});
    expect(calls.map((c) => c.method)).toEqual(API_METHODS);
  });

  it('tells the shell when a workspace was opened or closed', async () => {
    const { invoke, deps } = setUp();
    await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), 'workspace.open', { path: '/w/acme.soc2' });
    await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), 'workspace.close', {});
    await invoke(IPC_CHANNELS.api, eventFrom(APP_PAGE), 'host.info', {});
    expect(deps.onWorkspaceChanged.mock.calls).toEqual([['/w/acme.soc2'], [null]]);
  });

  it('opens the native dialog only for the app page and a valid purpose', async () => {
    const { invoke, deps } = setUp();
    expect(await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom('https://evil.example/'), { purpose: 'open' })).toBeNull();
    expect(await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom(APP_PAGE), { purpose: 'delete' })).toBeNull();
    expect(await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom(APP_PAGE), 'open')).toBeNull();
    expect(deps.chooseWorkspace).not.toHaveBeenCalled();
    expect(await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom(APP_PAGE), { purpose: 'create' })).toBe('/w/new.soc2');
    expect(deps.chooseWorkspace).toHaveBeenCalledWith(null, 'create');
    for (const purpose of ['open-review', 'open-review-file', 'save-review-file', 'save-report']) {
      await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom(APP_PAGE), { purpose });
      expect(deps.chooseWorkspace).toHaveBeenLastCalledWith(null, purpose);
    }
    expect(await invoke(IPC_CHANNELS.chooseWorkspace, eventFrom(APP_PAGE), { purpose: 'save-anything' })).toBeNull();
    expect(deps.chooseWorkspace).toHaveBeenCalledTimes(5);
  });

  it('passes external links on only from the app page', async () => {
    const { invoke, deps } = setUp();
    expect(await invoke(IPC_CHANNELS.openExternal, eventFrom('https://evil.example/'), 'https://example.com')).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(await invoke(IPC_CHANNELS.openExternal, eventFrom(APP_PAGE), 'https://example.com')).toBe(true);
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.com', null);
  });

  it('accepts the shell-ready signal only from the app page', () => {
    const { deps } = setUp();
    const listener = ipcStandIn.listeners.get(IPC_CHANNELS.shellReady)!;
    listener(eventFrom('https://evil.example/'));
    expect(deps.onShellReady).not.toHaveBeenCalled();
    const event = eventFrom(APP_PAGE);
    listener(event);
    expect(deps.onShellReady).toHaveBeenCalledWith(event.sender);
  });

  it('removes its handlers again', () => {
    const { unregister } = setUp();
    unregister();
    expect(ipcStandIn.handlers.size).toBe(0);
    expect(ipcStandIn.listeners.size).toBe(0);
  });
});
