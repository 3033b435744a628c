import path from 'node:path';
import { openWorkspace } from '../db/open-workspace';
import type { Workspace } from '../db/workspace';
import { ApiError } from './api/errors';
import { createEngagementWorkspace, type EngagementStart } from './engagement-factory';

/**
 * The one workspace a host process has open. Every front end talks to exactly one session; opening
 * another workspace closes the current one first, so a file is never left locked by a forgotten handle.
 */
export class WorkspaceSession {
  private current: Workspace | null = null;

  constructor(private readonly actor: string, private readonly clock: () => Date = () => new Date()) {}

  get workspace(): Workspace {
    if (!this.current) throw new ApiError('NO_WORKSPACE_OPEN', 'No workspace is open. Create a new engagement or open a workspace first.');
    return this.current;
  }

  get hasWorkspace(): boolean {
    return this.current !== null;
  }

  create(filePath: string, organisationName: string, start?: EngagementStart): Workspace {
    this.close();
    this.current = createEngagementWorkspace(filePath, { organisationName, actor: this.actor, clock: this.clock, ...(start ? { start } : {}) });
    return this.current;
  }

  /**
   * `onClose` runs once when this workspace is closed, however that happens (closed by the user,
   * replaced by another, host shutdown): review mode removes its private copy of a received file then.
   */
  open(filePath: string, readOnly = false, onClose?: () => void): Workspace {
    this.close();
    this.current = openWorkspace(path.resolve(filePath), { actor: this.actor, readOnly, clock: this.clock });
    this.onClose = onClose ?? null;
    return this.current;
  }

  close(): void {
    this.current?.close();
    this.current = null;
    const hook = this.onClose;
    this.onClose = null;
    hook?.();
  }

  private onClose: (() => void) | null = null;
}
