import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Stand-in for Electron's utilityProcess: `fork` hands out fake children that record what the
 * relay posts and let the test play the child's side (answer, crash, exit). One test instead wires
 * the fake child to the real core-host-entry code and the real core host.
 */
const standIn = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakeChild {
    readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();
    readonly posted: unknown[] = [];
    killed = false;
    constructor(
      readonly entryPath: string,
      readonly args: string[],
    ) {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: false }]);
      return this;
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: true }]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      const entries = this.listeners.get(event) ?? [];
      this.listeners.set(event, entries.filter((e) => !e.once));
      for (const { listener } of entries) listener(...args);
    }
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    kill() {
      this.killed = true;
      return true;
    }
  }
  const state = {
    children: [] as FakeChild[],
    forkImpl: null as null | ((entryPath: string, args: string[]) => FakeChild),
  };
  const fork = (entryPath: string, args: string[]) => {
    const child = state.forkImpl ? state.forkImpl(entryPath, args) : new FakeChild(entryPath, args);
    state.children.push(child);
    return child;
  };
  return { FakeChild, state, fork };
});

vi.mock('electron', () => ({ utilityProcess: { fork: standIn.fork } }));

import { createCoreHost } from '../../core/host';
import type { ApiResponse } from '../../core/api/errors';
import { serveCoreHost, type ParentPortLike } from '../../electron/core-host-entry';
import { settingsDirFromArgv, type CoreCallMessage } from '../../electron/core-messages';
import { CORE_CLOSING_MESSAGE, CORE_GAVE_UP_MESSAGE, CORE_STOPPED_MESSAGE, CoreProcess, type CoreProcessOptions } from '../../electron/core-process';

type FakeChild = InstanceType<typeof standIn.FakeChild>;

function makeCore(options: Partial<CoreProcessOptions> = {}) {
  const exits: unknown[] = [];
  const core = new CoreProcess({
    entryPath: '/app/dist/electron/core-host-entry.js',
    settingsDir: '/home/ana/.config/SOC 2 Workbench',
    onUnexpectedExit: (notice) => exits.push(notice),
    log: () => undefined,
    ...options,
  });
  return { core, exits };
}

const lastChild = (): FakeChild => standIn.state.children.at(-1)!;
const callMessages = (child: FakeChild) => child.posted.filter((m): m is CoreCallMessage => (m as CoreCallMessage).type === 'call');
const answer = (child: FakeChild, id: number, response: ApiResponse<unknown>) => child.emit('message', { type: 'result', id, response });

function expectPlainInternal(response: ApiResponse<unknown>, message: string) {
  expect(response.ok).toBe(false);
  if (response.ok) return;
  expect(response.error.code).toBe('INTERNAL');
  expect(response.error.message).toBe(message);
  expect(response.error.message).not.toMatch(/undefined|Error:|at .*\.js|\bcode \d/);
}

describe('core process relay', () => {
  beforeEach(() => {
    standIn.state.children.length = 0;
    standIn.state.forkImpl = null;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('forks the compiled entry with the settings folder', () => {
    const { core } = makeCore();
    core.start();
    core.start();
    expect(standIn.state.children).toHaveLength(1);
    expect(lastChild().entryPath).toBe('/app/dist/electron/core-host-entry.js');
    expect(settingsDirFromArgv(lastChild().args)).toBe('/home/ana/.config/SOC 2 Workbench');
  });

  it('matches answers to calls by id, whatever order they come back in', async () => {
    const { core } = makeCore();
    const first = core.call('host.info', {});
    const second = core.call('workspace.current', {});
    const [a, b] = callMessages(lastChild());
    expect(a).toMatchObject({ type: 'call', method: 'host.info', args: {} });
    expect(b).toMatchObject({ type: 'call', method: 'workspace.current' });
    expect(a!.id).not.toBe(b!.id);

    answer(lastChild(), b!.id, { ok: true, value: 'second' });
    answer(lastChild(), a!.id, { ok: true, value: 'first' });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
    expect(core.pendingCount).toBe(0);
  });

  it('ignores malformed messages and answers for unknown ids', async () => {
    const { core } = makeCore();
    const pending = core.call('host.info', {});
    const child = lastChild();
    child.emit('message', 'garbage');
    child.emit('message', { type: 'result', id: 999, response: { ok: true, value: 1 } });
    child.emit('message', { type: 'result', id: callMessages(child)[0]!.id, response: 'not a response' });
    expect(core.pendingCount).toBe(1);
    answer(child, callMessages(child)[0]!.id, { ok: true, value: 'fine' });
    await expect(pending).resolves.toEqual({ ok: true, value: 'fine' });
  });

  it('answers every waiting call with INTERNAL when the process exits, tells the window, and restarts', async () => {
    const { core, exits } = makeCore();
    const waiting = [core.call('workspace.open', { path: '/w/a.soc2' }), core.call('activity.verify', {})];
    const crashed = lastChild();
    crashed.emit('exit', 139);

    for (const response of await Promise.all(waiting)) expectPlainInternal(response, CORE_STOPPED_MESSAGE);
    expect(exits).toEqual([{ code: 139, restarted: true }]);
    expect(standIn.state.children).toHaveLength(2);
    expect(core.running).toBe(true);

    const next = core.call('host.info', {});
    const fresh = lastChild();
    expect(fresh).not.toBe(crashed);
    answer(fresh, callMessages(fresh)[0]!.id, { ok: true, value: 'after restart' });
    await expect(next).resolves.toEqual({ ok: true, value: 'after restart' });
  });

  it('ignores a late exit from a process that was already replaced', () => {
    const { core, exits } = makeCore();
    core.start();
    const old = lastChild();
    old.emit('exit', 1);
    const current = lastChild();
    const pending = core.call('host.info', {});
    old.emit('exit', 1);
    expect(exits).toHaveLength(1);
    expect(core.pendingCount).toBe(1);
    answer(current, callMessages(current)[0]!.id, { ok: true, value: null });
    return expect(pending).resolves.toEqual({ ok: true, value: null });
  });

  it('stops restarting after repeated crashes and then refuses calls in plain words', async () => {
    let clock = 0;
    const { core, exits } = makeCore({ maxRestarts: 2, restartWindowMs: 60_000, now: () => clock });
    core.start();
    for (let i = 0; i < 3; i++) {
      clock += 1_000;
      lastChild().emit('exit', 1);
    }
    expect(exits.at(-1)).toEqual({ code: 1, restarted: false });
    expect(core.running).toBe(false);
    const forks = standIn.state.children.length;
    expectPlainInternal(await core.call('host.info', {}), CORE_GAVE_UP_MESSAGE);
    expect(standIn.state.children).toHaveLength(forks);
  });

  it('forgets crashes older than the window', () => {
    let clock = 0;
    const { core } = makeCore({ maxRestarts: 1, restartWindowMs: 10_000, now: () => clock });
    core.start();
    for (let i = 0; i < 5; i++) {
      clock += 20_000;
      lastChild().emit('exit', 1);
    }
    expect(core.running).toBe(true);
  });

  it('answers INTERNAL, not an exception, when the process cannot be started, and retries on the next call', async () => {
    const { core } = makeCore();
    standIn.state.forkImpl = () => {
      throw new Error('utilityProcess.fork is only available after ready');
    };
    expectPlainInternal(await core.call('host.info', {}), CORE_STOPPED_MESSAGE);
    standIn.state.forkImpl = null;
    const next = core.call('host.info', {});
    answer(lastChild(), callMessages(lastChild())[0]!.id, { ok: true, value: 'started' });
    await expect(next).resolves.toEqual({ ok: true, value: 'started' });
  });

  it('answers INTERNAL, not an exception, when a call cannot be sent', async () => {
    const { core } = makeCore();
    core.start();
    lastChild().postMessage = () => {
      throw new Error('An object could not be cloned.');
    };
    const response = await core.call('engagement.update', { fn: () => 1 });
    expect(!response.ok && response.error.code).toBe('INTERNAL');
    expect(core.pendingCount).toBe(0);
  });

  it('shuts down cleanly: asks the child to close, then refuses new calls', async () => {
    const { core, exits } = makeCore();
    const waiting = core.call('workspace.close', {});
    const child = lastChild();
    const stopped = core.stop();
    expect(child.posted.at(-1)).toEqual({ type: 'shutdown' });
    expectPlainInternal(await core.call('host.info', {}), CORE_CLOSING_MESSAGE);

    child.emit('exit', 0);
    await stopped;
    expectPlainInternal(await waiting, CORE_CLOSING_MESSAGE);
    expect(exits).toEqual([]);
    expect(standIn.state.children).toHaveLength(1);
    expect(child.killed).toBe(false);
  });

  it('kills a child that does not exit after shutdown, but never times out an ordinary call', async () => {
    vi.useFakeTimers();
    const { core } = makeCore({ stopTimeoutMs: 5_000 });
    const longCall = core.call('package.build', {});
    const child = lastChild();
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(core.pendingCount).toBe(1);
    void longCall;

    const stopped = core.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(child.killed).toBe(true);
    child.emit('exit', 15);
    await stopped;
  });
});

describe('core host entry behind the relay (real core host)', () => {
  let settingsDir: string;

  beforeEach(() => {
    standIn.state.children.length = 0;
    settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-core-entry-'));
  });

  afterEach(() => {
    standIn.state.forkImpl = null;
    fs.rmSync(settingsDir, { recursive: true, force: true });
  });

  /** A fake child whose other end is serveCoreHost, with structured cloning on both hops like real IPC. */
  function wireRealHost() {
    const shutdowns: number[] = [];
    standIn.state.forkImpl = (entryPath, args) => {
      const child = new standIn.FakeChild(entryPath, args);
      const portListeners: ((event: { data: unknown }) => void)[] = [];
      const port: ParentPortLike = {
        on: (_event, listener) => portListeners.push(listener),
        postMessage: (message) => queueMicrotask(() => child.emit('message', structuredClone(message))),
      };
      child.postMessage = (message: unknown) => {
        child.posted.push(message);
        queueMicrotask(() => portListeners.forEach((listener) => listener({ data: structuredClone(message) })));
      };
      const host = createCoreHost({ mode: 'desktop', dataDir: null, settingsDir: settingsDirFromArgv(args)!, log: () => undefined });
      const shutdown = host.shutdown.bind(host);
      serveCoreHost(port, { call: host.call, shutdown: () => (shutdowns.push(Date.now()), shutdown()) }, (code) => child.emit('exit', code));
      return child;
    };
    return shutdowns;
  }

  it('relays real API calls and errors as data, then closes the workspace on shutdown', async () => {
    const shutdowns = wireRealHost();
    const { core, exits } = makeCore({ settingsDir });

    const info = await core.call('host.info', {});
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', dataDir: null } });

    const workspacePath = path.join(settingsDir, 'Acme.soc2');
    const created = await core.call('workspace.create', { path: workspacePath, organisationName: 'Acme Corp' });
    expect(created).toMatchObject({ ok: true, value: { path: workspacePath, organisationName: 'Acme Corp' } });
    expect(fs.existsSync(workspacePath)).toBe(true);

    const refused = await core.call('workspace.open', { path: 'relative.soc2' });
    expect(!refused.ok && refused.error.code).toBe('BAD_ARGUMENT');
    const unknown = await core.call('db.exec', { sql: 'DROP TABLE x' });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_METHOD');

    // While the core holds the workspace, nobody else can open it...
    const other = createCoreHost({ mode: 'test', dataDir: null, settingsDir, log: () => undefined });
    const whileOpen = await other.call('workspace.open', { path: workspacePath });
    expect(!whileOpen.ok && whileOpen.error.code).toBe('WORKSPACE_LOCKED');

    await core.stop();
    expect(shutdowns).toHaveLength(1);
    expect(exits).toEqual([]);
    // ...and after shutdown the file was closed and released.
    const afterStop = await other.call('workspace.open', { path: workspacePath });
    expect(afterStop).toMatchObject({ ok: true, value: { organisationName: 'Acme Corp' } });
    other.shutdown();
  });
});
