import type { JobRunner } from '../../jobs/job-runner';
import type { RecentFiles } from '../../recent-files';
import type { WorkspaceSession } from '../../workspace-session';
import type { HostInfo } from '../types';

/** What every handler group may use. Handlers reach the workspace only through the session. */
export interface HandlerContext {
  session: WorkspaceSession;
  host: HostInfo;
  recent: RecentFiles;
  /** Long operations; each returns a job id the UI follows with job.get / job.cancel. */
  jobs: JobRunner;
  /** Builds (or finds) the demo workspace and returns its path. */
  demoWorkspacePath: () => string;
}
