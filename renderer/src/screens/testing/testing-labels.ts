import type { ReadinessConclusionId, SampleResultId } from '../../../../core/api/testing-types';

/** Words shown for step 4's stored values (never the raw ids). */

export const METHOD_LABELS: Record<string, string> = {
  inquiry: 'Inquiry',
  observation: 'Observation',
  inspection: 'Inspection',
  reperformance: 'Re-performance',
};

export const METHOD_HINTS: Record<string, string> = {
  inquiry: 'ask the control owner how it works (never enough on its own)',
  observation: 'watch the control being performed',
  inspection: 'look at records: tickets, logs, sign-offs, exports',
  reperformance: 'do it again independently and compare the outcome',
};

export const CONCLUSION_LABELS: Record<ReadinessConclusionId, string> = {
  'not-concluded': 'Not concluded',
  'no-exceptions': 'No exceptions',
  'exceptions-noted': 'Exceptions noted',
  'not-operating': 'Not operating',
};

export const RESULT_LABELS: Record<SampleResultId, string> = {
  'not-tested': 'Not tested',
  pass: 'Pass',
  exception: 'Exception',
};

export const FREQUENCY_LABELS: Record<string, string> = {
  continuous: 'Continuous',
  'multiple-times-daily': 'Several times a day',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'semi-annual': 'Half-yearly',
  annual: 'Annual',
  'per-event': 'Per event',
  automated: 'Automated',
};

export const STATE_LABELS: Record<string, string> = {
  evidenced: 'Evidenced',
  'did-not-occur': 'Did not occur (evidenced)',
  'did-not-occur-unevidenced': 'Did not occur: needs evidence',
  missing: 'Missing',
  'not-yet-due': 'Not yet due',
};

export const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

export function dateRange(from: string | null, to: string | null): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `to ${to}`;
  return 'not stated';
}
