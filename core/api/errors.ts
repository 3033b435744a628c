import { WORKSPACE_ERROR_CODES } from '../../db/errors';

/** Every error code that can cross the API boundary. Stable: the UI switches on these. */
export const API_ERROR_CODES = [
  ...WORKSPACE_ERROR_CODES,
  'NO_WORKSPACE_OPEN',
  'BAD_ARGUMENT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_AVAILABLE',
  'CANCELLED',
  'INTERNAL',
  // Consultant library files (*.soc2lib), see core/library/.
  'LIBRARY_NOT_FOUND',
  'LIBRARY_INVALID',
  'LIBRARY_FROM_NEWER_VERSION',
  'LIBRARY_EXISTS',
  // Step 5: sealing needs every readiness-checklist item passed or waived.
  'SEAL_BLOCKED',
  // The auditor's side: review mode and review files (*.soc2review), see core/review/.
  'REVIEW_NOT_OPEN',
  'REVIEW_NOT_FOUND',
  'REVIEW_INVALID',
  'REVIEW_FROM_NEWER_VERSION',
  'REVIEW_WRONG_WORKSPACE',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
}

/** Errors travel as data; this is what both ends pass around. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
