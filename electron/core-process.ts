import { utilityProcess } from 'electron';
import type { UtilityProcess } from 'electron';
import type { ApiResponse } from '../core/api/errors';
import { isCoreResultMessage, SETTINGS_DIR_FLAG, type CoreCallMessage, type CoreShutdownMessage } from './core-messages';

export const CORE_STOPPED_MESSAGE =
  'The part of SOC 2 Workbench that reads and writes your workspace stopped unexpectedly, so this action did not finish. ' +
  'It has been started again: open your workspace again and retry. Changes saved before this action are kept.';

export const CORE_GAVE_UP_MESSAGE =
  'The part of SOC 2 Workbench that reads and writes workspaces keeps stopping, so it was not started again. ' +
  'Quit SOC 2 Workbench and open it again; if this keeps happening, contact support.';

export const CORE_CLOSING_MESSAGE = 'SOC 2 Workbench is closing, so this action was not started.';

export interface CoreExitNotice {
  /** Exit code reported by the operating system. */
  code: number;
  /** False once the process crashed too often and is left stopped. */
  restarted: boolean;
}

export interface CoreProcessOptions {
  /** Absolute path of the compiled core-host-entry.js. */
  entryPath: string;
  /** The user's settings folder (recent files, demo workspace), normally app.getPath('userData'). */
  settingsDir: string;
  /** Told about every unexpected exit, so the window can say what happened. */
  onUnexpectedExit?: (notice: CoreExitNotice) => void;
  log?: (message: string) => void;
  /** Crash-loop guard: at most this many restarts within `restartWindowMs`. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long `stop` waits for a clean exit before killing the process. */
  stopTimeoutMs?: number;
  now?: () => number;
}

const failure = (message: string): ApiResponse<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * Owns the utility process that hosts core/ and relays API calls to it, matching answers to calls by
 * id. There is deliberately no call timeout: building a large package legitimately takes a while.
 * What is detected is the process going away: every call still waiting is answered with an INTERNAL
 * error in plain words (never left hanging), the window is told, and a fresh process is started.
 */
export class CoreProcess {
  private child: UtilityProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (response: ApiResponse<unknown>) => void>();
  private crashTimes: number[] = [];
  private gaveUp = false;
  private stopping: Promise<void> | null = null;
  private readonly log: (message: string) => void;
  private readonly now: () => number;

  constructor(private readonly options: CoreProcessOptions) {
    this.log = options.log ?? ((message) => console.error(message));
    this.now = options.now ?? Date.now;
  }

  /** Starts the process if it is not running. Only valid once `app` is ready. */
  start(): void {
    if (this.child !== null || this.stopping !== null || this.gaveUp) return;
    let child: UtilityProcess;
    try {
      child = utilityProcess.fork(this.options.entryPath, [`${SETTINGS_DIR_FLAG}${this.options.settingsDir}`], {
        serviceName: 'SOC 2 Workbench Core',
      });
    } catch (error) {
      // Left not running: callers get CORE_STOPPED_MESSAGE and the next call tries again.
      this.log(`[core-process] could not start the core process: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.child = child;
    child.on('message', (message: unknown) => this.onMessage(message));
    child.on('error', (type, location) => this.log(`[core-process] fatal error (${type}) at ${location}`));
    child.on('exit', (code) => this.onExit(child, code));
  }

  get running(): boolean {
    return this.child !== null;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Relays one API call. Always resolves to an ApiResponse; never rejects. */
  call(method: string, args: unknown): Promise<ApiResponse<unknown>> {
    if (this.stopping !== null) return Promise.resolve(failure(CORE_CLOSING_MESSAGE));
    if (this.gaveUp) return Promise.resolve(failure(CORE_GAVE_UP_MESSAGE));
    this.start();
    const child = this.child;
    if (child === null) return Promise.resolve(failure(CORE_STOPPED_MESSAGE));

    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: CoreCallMessage = { type: 'call', id, method, args };
      try {
        child.postMessage(message);
      } catch (error) {
        // Arguments that cannot be structured-cloned, or a process already gone.
        this.pending.delete(id);
        this.log(`[core-process] could not send ${method}: ${error instanceof Error ? error.message : String(error)}`);
        resolve(failure('This action could not be passed to the workspace engine. Try again.'));
      }
    });
  }

  /**
   * Asks the process to finish, close the workspace file and exit; kills it if it has not exited
   * within the timeout. Later calls are refused with a plain message.
   */
  stop(): Promise<void> {
    if (this.stopping !== null) return this.stopping;
    const child = this.child;
    if (child === null) {
      this.stopping = Promise.resolve();
      return this.stopping;
    }
    this.stopping = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.log('[core-process] did not exit in time after shutdown; killing it');
        child.kill();
      }, this.options.stopTimeoutMs ?? 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      const message: CoreShutdownMessage = { type: 'shutdown' };
      try {
        child.postMessage(message);
      } catch {
        child.kill();
      }
    });
    return this.stopping;
  }

  private onMessage(message: unknown): void {
    if (!isCoreResultMessage(message)) {
      this.log('[core-process] ignored a malformed message from the core process');
      return;
    }
    const resolve = this.pending.get(message.id);
    if (resolve === undefined) return;
    this.pending.delete(message.id);
    resolve(message.response);
  }

  private onExit(child: UtilityProcess, code: number): void {
    // An exit from a process that was already replaced says nothing about the current one.
    if (child !== this.child) return;
    this.child = null;

    const expected = this.stopping !== null;
    const waiting = [...this.pending.values()];
    this.pending.clear();

    if (expected) {
      for (const resolve of waiting) resolve(failure(CORE_CLOSING_MESSAGE));
      return;
    }

    this.log(`[core-process] core process exited unexpectedly with code ${code}; ${waiting.length} call(s) were waiting`);
    const now = this.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    this.crashTimes = [...this.crashTimes.filter((t) => now - t < windowMs), now];
    this.gaveUp = this.crashTimes.length > (this.options.maxRestarts ?? 3);

    const message = this.gaveUp ? CORE_GAVE_UP_MESSAGE : CORE_STOPPED_MESSAGE;
    for (const resolve of waiting) resolve(failure(message));
    if (!this.gaveUp) this.start();
    this.options.onUnexpectedExit?.({ code, restarted: !this.gaveUp });
  }
}
