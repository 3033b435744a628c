import os from 'node:os';
import path from 'node:path';
import { createHandlers } from './api/handlers/index';
import { dispatch } from './api/dispatch';
import type { ApiResponse } from './api/errors';
import type { HostInfo } from './api/types';
import { buildDemoWorkspace } from './demo/build-demo';
import { JobRunner } from './jobs/job-runner';
import { APP_VERSION } from './paths';
import { RecentFiles } from './recent-files';
import { WorkspaceSession } from './workspace-session';

export interface CoreHostOptions {
  mode: HostInfo['mode'];
  /** Browser mode: the folder whose workspaces the start screen lists. */
  dataDir: string | null;
  /** Where settings (recent files) and the demo workspace live. */
  settingsDir: string;
  actor?: string;
  clock?: () => Date;
  log?: (message: string) => void;
}

export interface CoreHost {
  call(method: unknown, args: unknown): Promise<ApiResponse<unknown>>;
  /** Closes the open workspace so the file is left as one self-contained file. */
  shutdown(): void;
}

export function defaultActor(): string {
  try {
    return os.userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

/**
 * Everything a front end needs from core/, behind one `call`. The Electron utility process, the
 * browser-mode HTTP host and tests all create one of these; none of them reach past it.
 */
export function createCoreHost(options: CoreHostOptions): CoreHost {
  const actor = options.actor ?? defaultActor();
  const session = new WorkspaceSession(actor, options.clock);
  const jobs = new JobRunner();
  const log = options.log ?? ((message: string) => console.error(message));
  jobs.onInternalError = (error) => log(`[job] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const handlers = createHandlers({
    jobs,
    session,
    host: { mode: options.mode, appVersion: APP_VERSION, dataDir: options.dataDir, user: actor },
    recent: new RecentFiles(path.join(options.settingsDir, 'recent-workspaces.json')),
    demoWorkspacePath: () => buildDemoWorkspace({ outDir: options.dataDir ?? path.join(options.settingsDir, 'Demo'), actor: 'Demo consultant' }),
  });
  return {
    call: (method, args) => dispatch(handlers, method, args, options.log),
    shutdown: () => {
      jobs.cancelAll();
      session.close();
    },
  };
}
