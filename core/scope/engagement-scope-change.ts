import type { EngagementRecord } from '../../db/queries/engagement';
import { CATEGORY_NAMES } from './in-scope';
import type { ScopeChangeNote } from './scope-write';

const REPORT_NAMES = { type1: 'Type I', type2: 'Type II' } as const;

/**
 * Describes an engagement edit that changes the scope (system, report type, dates, categories) in
 * words for the dashboard's change-of-scope notice; null when nothing in scope changed (for example
 * only the CPA firm's name).
 */
export function engagementScopeChange(before: EngagementRecord, changed: Partial<EngagementRecord>): ScopeChangeNote | null {
  const parts: string[] = [];
  if (changed.systemName !== undefined) parts.push(`system renamed from “${before.systemName || '(unnamed)'}” to “${changed.systemName}”`);
  if (changed.reportType !== undefined) parts.push(`report type changed from ${REPORT_NAMES[before.reportType]} to ${REPORT_NAMES[changed.reportType]}`);
  if (changed.asOfDate !== undefined) parts.push(`as-of date changed from ${before.asOfDate ?? '(none)'} to ${changed.asOfDate ?? '(none)'}`);
  if (changed.periodStart !== undefined) parts.push(`period start changed from ${before.periodStart ?? '(none)'} to ${changed.periodStart ?? '(none)'}`);
  if (changed.periodEnd !== undefined) parts.push(`period end changed from ${before.periodEnd ?? '(none)'} to ${changed.periodEnd ?? '(none)'}`);
  if (changed.categories !== undefined) {
    const added = changed.categories.filter((category) => !before.categories.includes(category)).map((category) => CATEGORY_NAMES[category]);
    const removed = before.categories.filter((category) => !changed.categories!.includes(category)).map((category) => CATEGORY_NAMES[category]);
    if (added.length > 0) parts.push(`${added.join(', ')} added to the categories in scope`);
    if (removed.length > 0) parts.push(`${removed.join(', ')} removed from the categories in scope`);
  }
  if (parts.length === 0) return null;
  const area = changed.categories !== undefined ? 'categories' : changed.systemName !== undefined ? 'system' : 'report timing';
  const text = parts.join('; ');
  return { area, summary: text.charAt(0).toUpperCase() + text.slice(1) };
}
