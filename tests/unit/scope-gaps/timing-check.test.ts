import { describe, expect, it } from 'vitest';
import { checkTiming, wholeMonths } from '../../../core/scope/timing-check';

const type2 = (periodStart: string | null, periodEnd: string | null) => checkTiming({ reportType: 'type2', asOfDate: null, periodStart, periodEnd });

describe('report timing validation', () => {
  it('counts whole months with an inclusive end date, across month ends and leap years', () => {
    expect(wholeMonths('2026-04-01', '2026-09-30')).toBe(6);
    expect(wholeMonths('2026-04-01', '2026-09-29')).toBe(5);
    expect(wholeMonths('2026-01-01', '2026-12-31')).toBe(12);
    // One month from 31 January ends on the last day of February (clamped), leap year or not.
    expect(wholeMonths('2028-01-31', '2028-02-27')).toBe(0);
    expect(wholeMonths('2028-01-31', '2028-02-28')).toBe(1);
    expect(wholeMonths('2026-01-31', '2026-02-27')).toBe(1);
  });

  it('accepts a Type II period of 3 to 12 months without a word', () => {
    expect(type2('2026-04-01', '2026-06-30')).toEqual({ level: 'ok', messages: [], periodMonths: 3 });
    expect(type2('2026-01-01', '2026-12-31')).toEqual({ level: 'ok', messages: [], periodMonths: 12 });
  });

  it('warns, but does not refuse, a period shorter than 3 or longer than 12 months', () => {
    const short = type2('2026-04-01', '2026-06-29');
    expect(short.level).toBe('warning');
    expect(short.messages[0]).toContain('shorter than 3 months');
    const long = type2('2026-01-01', '2027-01-01');
    expect(long).toMatchObject({ level: 'warning', periodMonths: 12 });
    expect(long.messages[0]).toContain('longer than 12 months');
  });

  it('refuses a period that runs backwards, and asks for missing dates', () => {
    expect(type2('2026-06-01', '2026-06-01')).toMatchObject({ level: 'error', messages: ['The review period must end after it starts: check the two dates.'] });
    expect(type2('2026-06-01', null)).toMatchObject({ level: 'missing' });
    expect(checkTiming({ reportType: 'type1', asOfDate: null, periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toMatchObject({ level: 'missing', messages: [expect.stringContaining('as-of date')] });
    expect(checkTiming({ reportType: 'type1', asOfDate: '2026-09-30', periodStart: null, periodEnd: null })).toEqual({ level: 'ok', messages: [], periodMonths: null });
  });

  it('checks the order of the target audit dates', () => {
    const dates = { reportType: 'type2' as const, asOfDate: null, periodStart: '2026-04-01', periodEnd: '2026-09-30' };
    expect(checkTiming({ ...dates, targetFieldworkStart: '2026-10-20', targetFieldworkEnd: '2026-10-10' })).toMatchObject({ level: 'error' });
    expect(checkTiming({ ...dates, targetReportDate: '2026-09-01' }).messages).toEqual(['The target report date is before the period ends; a Type II report is issued after its period.']);
    expect(checkTiming({ ...dates, targetFieldworkStart: '2026-10-12', targetFieldworkEnd: '2026-10-30', targetReportDate: '2026-11-20' }).level).toBe('ok');
  });
});
