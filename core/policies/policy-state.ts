import type { PolicyState } from '../api/policy-types';

/** How far ahead a review date counts as "due for review". */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * The state of a policy at a glance, computed (never stored) so it moves with the calendar:
 * draft until a version is approved; then approved, "due for review" within DUE_SOON_DAYS of its next
 * review date, and overdue once that date has passed.
 */
export function policyState(input: { hasApprovedVersion: boolean; nextReviewDate: string | null }, today: string): PolicyState {
  if (!input.hasApprovedVersion) return 'draft';
  if (input.nextReviewDate === null) return 'approved';
  const daysLeft = dayNumber(input.nextReviewDate) - dayNumber(today);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-for-review';
  return 'approved';
}

/** The review date a policy approved on `approvedOn` falls due: `months` later (the month's last day if shorter). */
export function nextReviewAfter(approvedOn: string, months: number): string {
  const date = new Date(`${approvedOn}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

const MARKER = /\[to be set: ([^\]\n]{1,80})\]/g;

/** The "[to be set: …]" markers left in a text, each once, in order of appearance. */
export function unsetValues(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MARKER)].map((match) => match[1]!.trim()))];
}
