import type { ApiErrorCode } from './errors';

/**
 * Result types of the API. Plain data only (they are serialised across IPC and HTTP). The renderer
 * imports these as types; it never imports runtime code from core/.
 */
export type CategoryId = 'security' | 'availability' | 'confidentiality' | 'processing_integrity' | 'privacy';

export interface HostInfo {
  mode: 'desktop' | 'browser' | 'test';
  appVersion: string;
  /** Browser mode keeps workspaces in one folder; desktop uses native dialogs instead. */
  dataDir: string | null;
  user: string;
}

export interface WorkspaceFileEntry {
  path: string;
  name: string;
  sizeBytes: number;
  modifiedAt: string;
}

export interface WorkspaceListing {
  folder: string | null;
  files: WorkspaceFileEntry[];
  recent: WorkspaceFileEntry[];
}

export type StepId = 'scope' | 'gaps' | 'controls' | 'testing' | 'audit';

export type StepState = 'not-started' | 'in-progress' | 'complete';

export interface StepProgress {
  id: StepId;
  title: string;
  state: StepState;
  /** One plain sentence: what to do next in this step. */
  next: string;
}

export interface WorkspaceSummary {
  path: string;
  fileName: string;
  readOnly: boolean;
  schemaVersion: number;
  workspaceId: string;
  createdAt: string;
  catalogVersion: string;
  organisationName: string;
  steps: StepProgress[];
}

export interface EngagementView {
  organisationName: string;
  systemName: string;
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  cpaFirm: string;
  preparedBy: string;
  categories: CategoryId[];
  updatedAt: string;
}

/** A long operation's state, polled by the UI with job.get. */
export interface JobStatus {
  id: string;
  kind: string;
  state: 'running' | 'succeeded' | 'failed' | 'cancelled';
  done: number;
  total: number | null;
  label: string;
  result: unknown;
  error: { code: ApiErrorCode; message: string } | null;
}

export interface ActivityEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  hash: string;
}
