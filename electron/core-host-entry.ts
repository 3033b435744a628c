/// <reference types="electron" />
import { createCoreHost, type CoreHost } from '../core/host';
import type { ApiResponse } from '../core/api/errors';
import { isToCoreMessage, settingsDirFromArgv, type CoreResultMessage } from './core-messages';

/**
 * Runs inside the utility process started by core-process.ts. Everything slow or blocking (SQLite
 * through better-sqlite3, hashing, PDF and ZIP building) happens here, so the main process, which
 * draws every window, never stalls, and a crash here costs one action rather than the app.
 */

/** The part of Electron's `process.parentPort` this file uses; tests pass a stand-in. */
export interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

const UNEXPECTED: ApiResponse<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside the app, so this action did not finish. Try again.' },
};

/**
 * Answers call messages with the host's response under the same id. Returns `close`, which shuts the
 * host down once (closing the workspace file so it is left as one self-contained file).
 */
export function serveCoreHost(port: ParentPortLike, host: CoreHost, exit: (code: number) => void): () => void {
  const inFlight = new Set<Promise<void>>();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    host.shutdown();
  };

  port.on('message', ({ data }) => {
    if (!isToCoreMessage(data)) return;
    if (data.type === 'shutdown') {
      // Let running actions finish their transactions before the file is closed.
      void Promise.allSettled([...inFlight]).then(() => {
        close();
        exit(0);
      });
      return;
    }
    const { id } = data;
    const reply = (response: ApiResponse<unknown>) => {
      const message: CoreResultMessage = { type: 'result', id, response };
      port.postMessage(message);
    };
    const work = host.call(data.method, data.args).then(reply, () => reply(UNEXPECTED));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  return close;
}

function main(): void {
  const settingsDir = settingsDirFromArgv(process.argv) ?? process.env['SOC2_SETTINGS_DIR'] ?? null;
  if (settingsDir === null) {
    console.error('[core] started without a settings folder; expected --soc2-settings-dir=<path>');
    process.exit(2);
  }
  const host = createCoreHost({ mode: 'desktop', dataDir: null, settingsDir, log: (message) => console.error(message) });
  const close = serveCoreHost(process.parentPort, host, (code) => process.exit(code));
  // Also close the workspace when the process is ended from outside (kill() sends SIGTERM).
  process.on('exit', close);
  process.on('SIGTERM', () => {
    close();
    process.exit(0);
  });
}

// Only start when actually running as a utility process; importing this file (tests) does nothing.
if (process.parentPort) main();
