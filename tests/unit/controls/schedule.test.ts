import { describe, expect, it } from 'vitest';
import { expectedOccurrences, schedulePeriod, type SchedulePeriod } from '../../../core/controls/schedule';

const year2026: SchedulePeriod = { reportType: 'type2', start: '2026-01-01', end: '2026-12-31' };
const windows = (frequency: Parameters<typeof expectedOccurrences>[0], period: SchedulePeriod) => expectedOccurrences(frequency, period).occurrences.map((o) => [o.windowStart, o.windowEnd]);

describe('expected occurrences over a Type II period', () => {
  it('a quarterly control in a year: four windows, each due at its end', () => {
    const schedule = expectedOccurrences('quarterly', year2026);
    expect(schedule.kind).toBe('periodic');
    expect(schedule.expected).toBe(4);
    expect(windows('quarterly', year2026)).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
    expect(schedule.occurrences.map((o) => o.label)).toEqual(['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4']);
    expect(schedule.occurrences.every((o) => o.expected && !o.partial && !o.beforePeriod)).toBe(true);
  });

  it('monthly: 12 in a year; weekly: 52 plus a short last week that is not counted; daily: every calendar day', () => {
    expect(expectedOccurrences('monthly', year2026).expected).toBe(12);
    const weekly = expectedOccurrences('weekly', year2026);
    expect(weekly.occurrences).toHaveLength(53);
    expect(weekly.expected).toBe(52);
    expect(weekly.occurrences.at(-1)).toMatchObject({ windowStart: '2026-12-31', windowEnd: '2026-12-31', partial: true, expected: false });
    expect(weekly.note).toContain('not counted');
    expect(expectedOccurrences('daily', year2026).expected).toBe(365);
    expect(expectedOccurrences('multiple-times-daily', { reportType: 'type2', start: '2028-01-01', end: '2028-12-31' }).expected).toBe(366);
    expect(expectedOccurrences('daily', year2026).occurrences[40]).toMatchObject({ label: '2026-02-10', windowStart: '2026-02-10', windowEnd: '2026-02-10' });
  });

  it('a six-month period: two quarters, six months, one half-year', () => {
    const period: SchedulePeriod = { reportType: 'type2', start: '2026-04-01', end: '2026-09-30' };
    expect(expectedOccurrences('quarterly', period).expected).toBe(2);
    expect(expectedOccurrences('monthly', period).expected).toBe(6);
    expect(windows('semi-annual', period)).toEqual([['2026-04-01', '2026-09-30']]);
  });

  it('months without the start day end on their last day, and the clamping never drifts', () => {
    const period: SchedulePeriod = { reportType: 'type2', start: '2026-01-31', end: '2026-07-30' };
    expect(windows('monthly', period).slice(0, 3)).toEqual([
      ['2026-01-31', '2026-02-27'],
      ['2026-02-28', '2026-03-30'],
      ['2026-03-31', '2026-04-29'],
    ]);
    expect(expectedOccurrences('monthly', period).expected).toBe(6);
  });

  it('a cut-short last window counts when at least half of it is inside the period', () => {
    // 8 months: two full quarters, then 2 of 3 months of the third (counted).
    const eight = expectedOccurrences('quarterly', { reportType: 'type2', start: '2026-01-01', end: '2026-08-31' });
    expect(eight.occurrences.map((o) => [o.windowEnd, o.partial, o.expected])).toEqual([
      ['2026-03-31', false, true],
      ['2026-06-30', false, true],
      ['2026-08-31', true, true],
    ]);
    // 7 months: one month of the third quarter (not counted, but listed).
    const seven = expectedOccurrences('quarterly', { reportType: 'type2', start: '2026-01-01', end: '2026-07-31' });
    expect(seven.expected).toBe(2);
    expect(seven.occurrences).toHaveLength(3);
  });

  it('a period shorter than one cycle expects the most recent occurrence, reaching back before the period', () => {
    const schedule = expectedOccurrences('annual', { reportType: 'type2', start: '2026-04-01', end: '2026-09-30' });
    expect(schedule.expected).toBe(1);
    expect(schedule.occurrences).toEqual([{ index: 1, label: 'Most recent year', windowStart: '2025-10-01', windowEnd: '2026-09-30', partial: false, beforePeriod: true, expected: true }]);
    expect(schedule.note).toContain('shorter than one year');
  });
});

describe('Type I, continuous and per-event controls, missing periods', () => {
  it('Type I: one occurrence, the cycle that ends on the as-of date', () => {
    const asOf: SchedulePeriod = { reportType: 'type1', asOf: '2026-06-30' };
    expect(expectedOccurrences('quarterly', asOf).occurrences).toEqual([{ index: 1, label: 'Most recent quarter', windowStart: '2026-04-01', windowEnd: '2026-06-30', partial: false, beforePeriod: true, expected: true }]);
    expect(expectedOccurrences('monthly', asOf).occurrences[0]).toMatchObject({ windowStart: '2026-06-01', windowEnd: '2026-06-30' });
    expect(expectedOccurrences('daily', asOf).occurrences[0]).toMatchObject({ label: '2026-06-30', windowStart: '2026-06-30', windowEnd: '2026-06-30' });
    expect(expectedOccurrences('annual', asOf)).toMatchObject({ expected: 1, note: expect.stringContaining('most recent year up to the as-of date, 2026-06-30') });
  });

  it('continuous and per-event controls have no calendar of their own', () => {
    expect(expectedOccurrences('continuous', year2026)).toMatchObject({ kind: 'not-periodic', expected: 0, occurrences: [], note: expect.stringContaining('configuration') });
    expect(expectedOccurrences('per-event', year2026)).toMatchObject({ kind: 'not-periodic', expected: 0, note: expect.stringContaining('population') });
  });

  it('a missing, impossible or reversed period says what to fix instead of guessing', () => {
    expect(expectedOccurrences('quarterly', null)).toMatchObject({ kind: 'no-period', expected: 0, note: expect.stringContaining('step 1') });
    expect(expectedOccurrences('quarterly', { reportType: 'type2', start: '2026-02-30', end: '2026-12-31' }).kind).toBe('no-period');
    expect(expectedOccurrences('quarterly', { reportType: 'type2', start: '2026-12-31', end: '2026-01-01' }).kind).toBe('no-period');
    expect(expectedOccurrences('monthly', { reportType: 'type1', asOf: 'soon' }).kind).toBe('no-period');
  });

  it('reads the period from an engagement record', () => {
    expect(schedulePeriod({ reportType: 'type2', asOfDate: null, periodStart: '2026-01-01', periodEnd: '2026-06-30' })).toEqual({ reportType: 'type2', start: '2026-01-01', end: '2026-06-30' });
    expect(schedulePeriod({ reportType: 'type2', asOfDate: null, periodStart: '2026-01-01', periodEnd: null })).toBeNull();
    expect(schedulePeriod({ reportType: 'type1', asOfDate: '2026-03-31', periodStart: null, periodEnd: null })).toEqual({ reportType: 'type1', asOf: '2026-03-31' });
  });
});
