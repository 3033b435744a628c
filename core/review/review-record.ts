import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import { REVIEW_EXTENSION, REVIEW_FORMAT, REVIEW_FORMAT_VERSION, type ReviewFile, type ReviewNote, type ReviewRequest, type ReviewSample } from './review-format';
import type { ReviewedState } from './review-facts';
import { saveReviewFile } from './save-review-file';

export interface NewReview {
  state: ReviewedState;
  fileSha256: string;
  reviewer: { name: string; firm: string };
  now: string;
}

export function newReviewFile({ state, fileSha256, reviewer, now }: NewReview): ReviewFile {
  return {
    format: REVIEW_FORMAT,
    formatVersion: REVIEW_FORMAT_VERSION,
    reviewId: randomUUID(),
    workspace: {
      workspaceId: state.workspaceId,
      fileSha256,
      sealVersion: state.seal?.version ?? null,
      sealFingerprint: state.seal?.fingerprint ?? null,
      activityHead: state.activityHead,
    },
    reviewer,
    createdAt: now,
    updatedAt: now,
    requests: [],
    notes: [],
    samples: [],
  };
}

/**
 * The review the auditor is writing. Every change is written to the review file at once (atomically),
 * and the in-memory document only moves on once the file holds it: there is no unsaved state, and a
 * failed save leaves both the file and the screen as they were. The file is first written with the
 * first change, so merely opening a workspace for review leaves nothing behind.
 */
export class ReviewRecord {
  constructor(
    private current: ReviewFile,
    private filePath: string,
    private everSaved: boolean,
    private readonly now: () => string,
  ) {}

  get document(): ReviewFile {
    return this.current;
  }

  get path(): string {
    return this.filePath;
  }

  get saved(): boolean {
    return this.everSaved;
  }

  setReviewer(reviewer: { name: string; firm: string }): void {
    this.change((doc) => ({ ...doc, reviewer }));
  }

  addRequest(input: Pick<ReviewRequest, 'reference' | 'request' | 'dueDate'>): ReviewRequest {
    const request: ReviewRequest = { id: randomUUID(), ...input, createdAt: this.now() };
    this.change((doc) => ({ ...doc, requests: [...doc.requests, request] }));
    return request;
  }

  addNote(input: Pick<ReviewNote, 'target' | 'text'>): ReviewNote {
    const note: ReviewNote = { id: randomUUID(), ...input, createdAt: this.now() };
    this.change((doc) => ({ ...doc, notes: [...doc.notes, note] }));
    return note;
  }

  addSample(input: Omit<ReviewSample, 'id' | 'drawnAt'>): ReviewSample {
    const sample: ReviewSample = { id: randomUUID(), ...input, drawnAt: this.now() };
    this.change((doc) => ({ ...doc, samples: [...doc.samples, sample] }));
    return sample;
  }

  /** Removes a request, note or sample the auditor added by mistake (before the file is sent). */
  removeItem(id: string): void {
    const doc = this.current;
    if (![...doc.requests, ...doc.notes, ...doc.samples].some((item) => item.id === id)) {
      throw new ApiError('BAD_ARGUMENT', 'That item is no longer in the review file; the list may be out of date. Reload the review page.');
    }
    this.change((d) => ({ ...d, requests: d.requests.filter((r) => r.id !== id), notes: d.notes.filter((n) => n.id !== id), samples: d.samples.filter((s) => s.id !== id) }));
  }

  /** "Save as": writes the review to another file and keeps saving there. An existing file is never replaced. */
  saveAs(target: string): void {
    if (!target.toLowerCase().endsWith(REVIEW_EXTENSION)) throw new ApiError('BAD_ARGUMENT', `Review files end in ${REVIEW_EXTENSION}; add it to the name.`);
    if (path.resolve(target) === path.resolve(this.filePath) && this.everSaved) return;
    if (fs.existsSync(target)) throw new ApiError('BAD_ARGUMENT', `A file already exists at ${target}. Choose another name; existing files are never replaced.`);
    saveReviewFile(target, { ...this.current, updatedAt: this.now() });
    this.filePath = target;
    this.everSaved = true;
  }

  private change(update: (doc: ReviewFile) => ReviewFile): void {
    const next = { ...update(this.current), updatedAt: this.now() };
    if (!this.everSaved && fs.existsSync(this.filePath)) {
      throw new ApiError('BAD_ARGUMENT', `A file already exists at ${this.filePath}. Choose where to save the review with "Save review file as…"; existing files are never replaced.`);
    }
    saveReviewFile(this.filePath, next);
    this.current = next;
    this.everSaved = true;
  }
}
