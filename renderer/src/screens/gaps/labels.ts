import type { AssessmentStatus, ImplementationStatus, RemediationStatus, Severity } from '../../../../core/api/gap-types';

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  'not-assessed': 'Not assessed',
  gap: 'Gap',
  'partially-met': 'Partially met',
  met: 'Met',
  'not-applicable': 'Not applicable',
};

/** What each status means, shown beside the choice in the guided mode. */
export const STATUS_HINTS: Record<AssessmentStatus, string> = {
  'not-assessed': 'You have not looked at it yet.',
  gap: 'Nothing (or nothing reliable) addresses it today.',
  'partially-met': 'Something exists but falls short: informal, incomplete, or not yet followed everywhere.',
  met: 'A control addresses it, is in place and is followed.',
  'not-applicable': 'It genuinely does not apply to this system; say why.',
};

export const IMPLEMENTATION_LABELS: Record<ImplementationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
};

export const SEVERITY_LABELS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const REMEDIATION_STATUS_LABELS: Record<RemediationStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

export const CATEGORY_LABELS = { security: 'Security', availability: 'Availability', confidentiality: 'Confidentiality', processing_integrity: 'Processing Integrity', privacy: 'Privacy' } as const;

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(points * 4 === Math.round(points * 4) ? 2 : 1).replace(/0$/, '');
}

export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${percent.toFixed(percent % 1 === 0 ? 0 : 1)} %`;
}
