import fs from 'node:fs';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { VerificationReport } from '../verify/verification-report';
import type { ReviewedState } from './review-facts';
import type { ReviewRecord } from './review-record';

/** A received file under review: its report, and when it could be browsed, the open copy and the review being written. */
export interface ActiveReview {
  receivedPath: string;
  report: VerificationReport;
  /** The read-only workspace opened on the private copy; null when the file could not be browsed. */
  workspace: Workspace | null;
  state: ReviewedState | null;
  record: ReviewRecord | null;
}

/**
 * The host's one review in progress (review mode is one received file at a time, like the workspace
 * session). Ending it removes the private copy of the received file. A review only counts as current
 * while the workspace session still shows its copy — or, for a file that could not be browsed, while
 * no workspace is open — so a stale review can never lend its banner to another workspace.
 */
export class ReviewSession {
  private active: ActiveReview | null = null;
  private folder: string | null = null;

  begin(active: ActiveReview, privateFolder: string | null): void {
    this.end();
    this.active = active;
    this.folder = privateFolder;
  }

  current(openWorkspace: Workspace | null): ActiveReview | null {
    const active = this.active;
    if (!active) return null;
    return active.workspace === openWorkspace ? active : null;
  }

  require(openWorkspace: Workspace | null): ActiveReview {
    const active = this.current(openWorkspace);
    if (!active) throw new ApiError('REVIEW_NOT_OPEN', 'No received file is open for review. Choose “Open for review” on the start screen first.');
    return active;
  }

  requireRecord(openWorkspace: Workspace | null): ReviewRecord {
    const record = this.require(openWorkspace).record;
    if (!record) throw new ApiError('REVIEW_NOT_OPEN', 'This file could not be read safely, so nothing can be recorded against it. Ask the sender for a fresh copy.');
    return record;
  }

  /** Ends the review and removes its private copy; only the review that owns `folder` is ended by its own close hook. */
  end(folder?: string | null): void {
    if (folder !== undefined && folder !== this.folder) {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
      return;
    }
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
    this.active = null;
  }
}
