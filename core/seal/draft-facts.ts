import type { EngagementRecord } from '../../db/queries/engagement';
import type { Criterion } from '../catalog/catalog-schema';
import { CATEGORY_NAMES, CATEGORY_ORDER } from '../scope/in-scope';
import type { AssessmentData, ControlRecord, ScopeData } from '../package/data/package-data';

/** What the generated drafts are written from: a subset of the package data. */
export interface DraftFacts {
  engagement: EngagementRecord;
  scope: ScopeData | null;
  criteria: Criterion[];
  assessments: AssessmentData[] | null;
  controls: ControlRecord[] | null;
}

export function organisation(facts: DraftFacts): string {
  return facts.engagement.organisationName.trim() || '[organisation]';
}

export function systemName(facts: DraftFacts): string {
  return facts.engagement.systemName.trim() || '[name of the system]';
}

/** "as of 30 June 2026" or "throughout the period 1 April 2026 to 30 September 2026". */
export function periodPhrase(engagement: EngagementRecord): string {
  if (engagement.reportType === 'type1') return `as of ${formatDate(engagement.asOfDate) ?? '[as-of date]'}`;
  return `throughout the period ${formatDate(engagement.periodStart) ?? '[start date]'} to ${formatDate(engagement.periodEnd) ?? '[end date]'}`;
}

export function categoryList(engagement: EngagementRecord): string {
  const names = CATEGORY_ORDER.filter((id) => id === 'security' || engagement.categories.includes(id)).map((id) => CATEGORY_NAMES[id].toLowerCase());
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Dates in drafts are written out ("1 April 2026"): unambiguous on both sides of the Atlantic. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

export function notApplicable(facts: DraftFacts): { id: string; reason: string }[] {
  const inScope = new Set(facts.criteria.map((c) => c.id));
  return (facts.assessments ?? []).filter((a) => a.status === 'not-applicable' && inScope.has(a.criterionId)).map((a) => ({ id: a.criterionId, reason: a.naReason }));
}
