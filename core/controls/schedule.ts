/**
 * The schedule of expected occurrences of a periodic control over the engagement's period: the
 * "quarterly: 4 due" half of step 4's period coverage ("4 due, 3 evidenced"). Pure and dependency-free
 * so that step 3 (showing it), step 4 (matching evidence to it) and the tests share one definition.
 *
 * Rules, in plain words:
 * - Type II: windows start on the first day of the period and follow each other at the control's
 *   cycle (1 day, 7 days, 1, 3, 6 or 12 months; a month that lacks the start day ends on its last
 *   day). Each occurrence is due by the end of its window. The last window is cut at the end of the
 *   period; it is still expected when at least half of it lies inside the period, otherwise it is
 *   listed as partial and not counted.
 * - A period shorter than one cycle (an annual control in a 6-month period) expects one occurrence
 *   in the cycle that ends on the last day of the period, reaching back before the period start:
 *   the auditor asks for the most recent one.
 * - Type I: design as of one date, so every periodic control expects its most recent occurrence, in
 *   the one cycle that ends on the as-of date.
 * - Continuous and per-event controls have no calendar: continuous ones are evidenced by
 *   configuration captured during the period, per-event ones by the events in a population (step 4).
 */

export const SCHEDULE_FREQUENCIES = ['continuous', 'multiple-times-daily', 'daily', 'weekly', 'monthly', 'quarterly', 'semi-annual', 'annual', 'per-event'] as const;
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

/** The engagement's period: a Type II review period, or a Type I as-of date. */
export type SchedulePeriod = { reportType: 'type2'; start: string; end: string } | { reportType: 'type1'; asOf: string };

export interface ExpectedOccurrence {
  /** 1-based position in the schedule. */
  index: number;
  /** e.g. "Quarter 2", "Month 7", "Week 12", "2026-04-03", "Most recent year". */
  label: string;
  /** First day of the window (YYYY-MM-DD, inclusive). */
  windowStart: string;
  /** Last day of the window (inclusive): the occurrence is due by this date. */
  windowEnd: string;
  /** The window was cut short by the end of the period. */
  partial: boolean;
  /** The window begins before the period (a look-back to the most recent cycle). */
  beforePeriod: boolean;
  /** Whether this occurrence counts towards what the period needs. */
  expected: boolean;
}

export type ControlSchedule =
  | { kind: 'periodic'; frequency: ScheduleFrequency; expected: number; occurrences: ExpectedOccurrence[]; note: string }
  | { kind: 'not-periodic'; frequency: ScheduleFrequency; expected: 0; occurrences: []; note: string }
  | { kind: 'no-period'; frequency: ScheduleFrequency; expected: 0; occurrences: []; note: string };

interface Cycle {
  days?: number;
  months?: number;
  unit: string;
  /** The cycle as a noun phrase: "day", "quarter", "half-year". */
  noun: string;
  lookBack: string;
}

const CYCLES: Partial<Record<ScheduleFrequency, Cycle>> = {
  'multiple-times-daily': { days: 1, unit: 'Day', noun: 'day', lookBack: 'Most recent day' },
  daily: { days: 1, unit: 'Day', noun: 'day', lookBack: 'Most recent day' },
  weekly: { days: 7, unit: 'Week', noun: 'week', lookBack: 'Most recent week' },
  monthly: { months: 1, unit: 'Month', noun: 'month', lookBack: 'Most recent month' },
  quarterly: { months: 3, unit: 'Quarter', noun: 'quarter', lookBack: 'Most recent quarter' },
  'semi-annual': { months: 6, unit: 'Half-year', noun: 'half-year', lookBack: 'Most recent half-year' },
  annual: { months: 12, unit: 'Year', noun: 'year', lookBack: 'Most recent year' },
};

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD string as a UTC day number, or null when it is not a real calendar date. */
function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
  return ms / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by whole months, keeping the day of the month or the month's last day if it has fewer. */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

/** The first day of the window `index` cycles after `start` (always computed from the start, so month clamping never drifts). */
function cycleStart(start: number, cycle: Cycle, index: number): number {
  return cycle.months !== undefined ? addMonths(start, cycle.months * index) : start + (cycle.days ?? 1) * index;
}

/** The first day of the cycle that ends on `end` (inclusive). */
function lookBackStart(end: number, cycle: Cycle): number {
  return cycle.months !== undefined ? addMonths(end + 1, -cycle.months) : end + 1 - (cycle.days ?? 1);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function notPeriodic(frequency: ScheduleFrequency): ControlSchedule {
  const note =
    frequency === 'per-event'
      ? 'Operates on each event (a hire, a change, an incident): its occurrences are the events in the period, listed in a population in step 4.'
      : 'Operates continuously (usually automated): evidence is its configuration, captured during the period and again near fieldwork, rather than one artefact per occurrence.';
  return { kind: 'not-periodic', frequency, expected: 0, occurrences: [], note };
}

function lookBack(frequency: ScheduleFrequency, cycle: Cycle, end: number, periodStart: number | null, why: string): ControlSchedule {
  const start = lookBackStart(end, cycle);
  const label = cycle.days === 1 ? dateOf(end) : cycle.lookBack;
  return {
    kind: 'periodic',
    frequency,
    expected: 1,
    occurrences: [{ index: 1, label, windowStart: dateOf(start), windowEnd: dateOf(end), partial: false, beforePeriod: periodStart === null || start < periodStart, expected: true }],
    note: why,
  };
}

/**
 * The expected occurrences of a control with `frequency` over `period`. Never throws: a missing or
 * invalid period gives kind "no-period" with what to do about it.
 */
export function expectedOccurrences(frequency: ScheduleFrequency, period: SchedulePeriod | null): ControlSchedule {
  const cycle = CYCLES[frequency];
  if (!cycle) return notPeriodic(frequency);
  if (period === null) return { kind: 'no-period', frequency, expected: 0, occurrences: [], note: 'Set the report type and its period (or as-of date) in step 1 to see when this control is due.' };

  if (period.reportType === 'type1') {
    const asOf = dayNumber(period.asOf);
    if (asOf === null) return { kind: 'no-period', frequency, expected: 0, occurrences: [], note: 'The as-of date is not a valid date; correct it in step 1.' };
    return lookBack(frequency, cycle, asOf, null, `Type I: the control must have operated in the most recent ${cycle.noun} up to the as-of date, ${period.asOf}.`);
  }

  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  if (start === null || end === null || end < start) return { kind: 'no-period', frequency, expected: 0, occurrences: [], note: 'The review period is incomplete or ends before it starts; correct it in step 1.' };

  const firstEnd = cycleStart(start, cycle, 1) - 1;
  if (firstEnd > end) {
    return lookBack(frequency, cycle, end, start, `The period is shorter than one ${cycle.noun}, so one occurrence is expected in the ${cycle.noun} ending on ${period.end}, reaching back before the period start.`);
  }

  const occurrences: ExpectedOccurrence[] = [];
  for (let index = 0; ; index++) {
    const windowStart = cycleStart(start, cycle, index);
    if (windowStart > end) break;
    const fullEnd = cycleStart(start, cycle, index + 1) - 1;
    const windowEnd = Math.min(fullEnd, end);
    const partial = windowEnd < fullEnd;
    // A cut-short window still needs its occurrence when at least half of it lies in the period.
    const expected = !partial || (windowEnd - windowStart + 1) * 2 >= fullEnd - windowStart + 1;
    const label = cycle.days === 1 ? dateOf(windowStart) : `${cycle.unit} ${index + 1}`;
    occurrences.push({ index: index + 1, label, windowStart: dateOf(windowStart), windowEnd: dateOf(windowEnd), partial, beforePeriod: false, expected });
  }
  const expectedCount = occurrences.filter((occurrence) => occurrence.expected).length;
  const dropped = occurrences.length - expectedCount;
  const note = `${plural(expectedCount, 'occurrence')} expected between ${period.start} and ${period.end}, each due by the end of its window.${dropped > 0 ? ' The last window is less than half inside the period, so it is not counted.' : ''}`;
  return { kind: 'periodic', frequency, expected: expectedCount, occurrences, note };
}

/** The period of an engagement record, or null while it is not set. */
export function schedulePeriod(engagement: { reportType: 'type1' | 'type2'; asOfDate: string | null; periodStart: string | null; periodEnd: string | null }): SchedulePeriod | null {
  if (engagement.reportType === 'type1') return engagement.asOfDate ? { reportType: 'type1', asOf: engagement.asOfDate } : null;
  return engagement.periodStart && engagement.periodEnd ? { reportType: 'type2', start: engagement.periodStart, end: engagement.periodEnd } : null;
}

export function isScheduleFrequency(value: string): value is ScheduleFrequency {
  return (SCHEDULE_FREQUENCIES as readonly string[]).includes(value);
}
