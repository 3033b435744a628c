import type { CheckStatus } from '../../../../core/api/review-types';

/** Words and classes shared by the review screens. */
export const STATUS_LABELS: Record<CheckStatus, string> = { passed: 'Passed', failed: 'Failed', 'not-applicable': 'Not applicable' };

export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…${hash.slice(-6)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString();
}

export const TARGET_LABELS = { criterion: 'Criterion', control: 'Control', evidence: 'Evidence item', general: 'General' } as const;
