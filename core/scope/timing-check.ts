import type { TimingCheck } from '../api/scope-types';

export interface TimingInput {
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  targetFieldworkStart?: string | null;
  targetFieldworkEnd?: string | null;
  targetReportDate?: string | null;
}

/** Recommended Type II period, in months: shorter or longer is allowed, with a warning. */
export const PERIOD_MONTHS = { min: 3, max: 12 } as const;

const DAY_MS = 86_400_000;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  // Clamp to the month's last day (31 January + 1 month is 28/29 February, not 3 March).
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Whole months covered by a period whose end date is inclusive: 1 April to 30 September is 6 months,
 * 1 April to 29 September is 5.
 */
export function wholeMonths(start: string, endInclusive: string): number {
  const from = utc(start);
  const to = new Date(utc(endInclusive).getTime() + DAY_MS);
  let months = 0;
  while (addMonths(from, months + 1).getTime() <= to.getTime() && months < 1200) months += 1;
  return months;
}

/**
 * The report timing as step 1 validates it. A Type I report needs its as-of date; a Type II period
 * must run forwards, and outside 3–12 months it is accepted with a warning (firms do agree shorter
 * or longer periods). Target audit dates are checked for order only.
 */
export function checkTiming(input: TimingInput): TimingCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const missing: string[] = [];
  let periodMonths: number | null = null;

  if (input.reportType === 'type1') {
    if (!input.asOfDate) missing.push('A Type I report needs an as-of date: choose the date on which the controls will be examined.');
  } else if (!input.periodStart || !input.periodEnd) {
    missing.push('A Type II report needs a review period: set its first and last day.');
  } else if (input.periodEnd <= input.periodStart) {
    errors.push('The review period must end after it starts: check the two dates.');
  } else {
    periodMonths = wholeMonths(input.periodStart, input.periodEnd);
    const reachesMin = addMonths(utc(input.periodStart), PERIOD_MONTHS.min).getTime() <= utc(input.periodEnd).getTime() + DAY_MS;
    const withinMax = utc(input.periodEnd).getTime() + DAY_MS <= addMonths(utc(input.periodStart), PERIOD_MONTHS.max).getTime();
    if (!reachesMin) warnings.push(`The period is shorter than ${PERIOD_MONTHS.min} months. CPA firms usually require at least 3 months for a Type II report; check with yours before you rely on it.`);
    if (!withinMax) warnings.push(`The period is longer than ${PERIOD_MONTHS.max} months. Type II reports usually cover at most 12 months; consider splitting it, and check with your CPA firm.`);
  }

  const { targetFieldworkStart: fieldStart, targetFieldworkEnd: fieldEnd, targetReportDate: reportDate } = input;
  if (fieldStart && fieldEnd && fieldEnd < fieldStart) errors.push('The target fieldwork must end on or after the day it starts.');
  const examined = input.reportType === 'type1' ? input.asOfDate : input.periodEnd;
  if (reportDate && examined && reportDate < examined) {
    warnings.push(input.reportType === 'type1' ? 'The target report date is before the as-of date; a report cannot be issued before the date it covers.' : 'The target report date is before the period ends; a Type II report is issued after its period.');
  }
  if (reportDate && fieldStart && reportDate < fieldStart) warnings.push('The target report date is before fieldwork starts.');

  const level: TimingCheck['level'] = errors.length > 0 ? 'error' : missing.length > 0 ? 'missing' : warnings.length > 0 ? 'warning' : 'ok';
  return { level, messages: [...errors, ...missing, ...warnings], periodMonths };
}
