import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, unknown>>(),
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: Record<string, unknown>) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args);
      return { ok: true, value: null };
    },
    send: (...args: unknown[]) => bridge.sent.push(args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      bridge.listeners.set(channel, [...(bridge.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      bridge.listeners.set(channel, (bridge.listeners.get(channel) ?? []).filter((l) => l !== listener));
    },
  },
}));

import { API_METHODS } from '../../core/api/contract';
import { IPC_CHANNELS } from '../../electron/ipc-channels';
import { API_METHOD_NAMES, PRELOAD_CHANNELS } from '../../electron/preload';

type Fn = (...args: unknown[]) => unknown;

const api = () => bridge.exposed.get('soc2api') as Record<string, Fn>;
const shell = () => bridge.exposed.get('soc2shell') as Record<string, Fn>;

describe('preload', () => {
  beforeEach(() => {
    bridge.invoked.length = 0;
    bridge.sent.length = 0;
  });

  it('exposes only soc2api and soc2shell', () => {
    expect([...bridge.exposed.keys()].sort()).toEqual(['soc2api', 'soc2shell']);
  });

  it('exposes exactly one function per API method and nothing else', () => {
    expect(Object.keys(api())).toEqual(API_METHODS);
    for (const name of API_METHODS) expect(typeof api()[name]).toBe('function');
  });

  it('exposes no generic invoke, send or channel access', () => {
    for (const object of [api(), shell()]) {
      for (const key of Object.keys(object)) expect(key).not.toMatch(/invoke|send|ipc|channel|require/i);
    }
    expect(Object.keys(shell()).sort()).toEqual(['chooseWorkspace', 'onMenuCommand', 'openExternal']);
  });

  it('sends each API call on the API channel with its own method name', async () => {
    await expect(api()['workspace.open']!({ path: '/w/acme.soc2' })).resolves.toEqual({ ok: true, value: null });
    await api()['host.info']!();
    expect(bridge.invoked).toEqual([
      [IPC_CHANNELS.api, 'workspace.open', { path: '/w/acme.soc2' }],
      [IPC_CHANNELS.api, 'host.info', undefined],
    ]);
  });

  it('keeps its copies of the method list and channel names equal to their sources', () => {
    expect([...API_METHOD_NAMES]).toEqual(API_METHODS);
    expect(PRELOAD_CHANNELS).toEqual(IPC_CHANNELS);
  });

  it('forwards the shell helpers on their own channels, passing only plain values', async () => {
    await shell()['chooseWorkspace']!({ purpose: 'open', extra: 'ignored' });
    await shell()['openExternal']!('https://example.com/');
    expect(bridge.invoked).toEqual([
      [IPC_CHANNELS.chooseWorkspace, { purpose: 'open' }],
      [IPC_CHANNELS.openExternal, 'https://example.com/'],
    ]);
  });

  it('delivers menu command strings (never the IPC event), reports readiness, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = shell()['onMenuCommand']!((...args: unknown[]) => received.push(args)) as () => void;
    expect(bridge.sent).toEqual([[IPC_CHANNELS.shellReady]]);

    const listeners = () => bridge.listeners.get(IPC_CHANNELS.menuCommand) ?? [];
    expect(listeners()).toHaveLength(1);
    const fakeEvent = { sender: { send: () => undefined } };
    listeners()[0]!(fakeEvent, 'step:gaps');
    listeners()[0]!(fakeEvent, { not: 'a string' });
    expect(received).toEqual([['step:gaps']]);

    unsubscribe();
    expect(listeners()).toHaveLength(0);
    expect(() => shell()['onMenuCommand']!('not a function')).toThrow(TypeError);
  });

  it('compiles to a script that requires nothing but electron (sandboxed preloads cannot load other files)', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'electron', 'preload.ts'), 'utf8');
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, removeComments: true },
    }).outputText;
    const required = [...output.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(output).not.toMatch(/\bimport\s*\(/);
  });
});
