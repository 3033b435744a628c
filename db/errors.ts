/**
 * Errors the workspace layer raises. Each carries a stable code so that the UI (on the other side of
 * an IPC or HTTP boundary) can react to it without parsing messages.
 */
export const WORKSPACE_ERROR_CODES = [
  'WORKSPACE_NOT_FOUND',
  'WORKSPACE_NOT_A_WORKSPACE',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_FROM_NEWER_VERSION',
  'WORKSPACE_LOCKED',
  'WORKSPACE_READ_ONLY',
  'WORKSPACE_EXISTS',
  'WORKSPACE_MIGRATION_FAILED',
] as const;

export type WorkspaceErrorCode = (typeof WORKSPACE_ERROR_CODES)[number];

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}
