import type { DateOrder } from '../api/policy-types';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function valid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

export type ParsedDate = { date: string } | { error: string };

/**
 * Reads a date as HR and e-signature exports write it, into YYYY-MM-DD. Year-first dates (with or
 * without a time after them) and dates with a month name ("15 Mar 2026", "March 15, 2026") are
 * unambiguous and always accepted. Dates such as 03/04/2026 are read in the order the person chose;
 * with the default year-first order they are refused with a reason rather than guessed.
 */
export function parseExportDate(raw: string, order: DateOrder): ParsedDate {
  const text = raw.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) {
    const date = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date } : { error: `“${text}” is not a real calendar date` };
  }
  const named = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4})$/.exec(text) ?? null;
  const namedFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text) ?? null;
  if (named || namedFirst) {
    const [day, monthName, year] = named ? [named[1]!, named[2]!, named[3]!] : [namedFirst![2]!, namedFirst![1]!, namedFirst![3]!];
    const month = MONTHS[monthName.toLowerCase().slice(0, 3)];
    const date = month ? valid(Number(year), month, Number(day)) : null;
    return date ? { date } : { error: `“${text}” is not a date this app can read` };
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[\s,T])/.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    if (order === 'ymd') return { error: `“${text}” could be day/month or month/day: choose how the file writes dates, or write them as YYYY-MM-DD` };
    const date = order === 'dmy' ? valid(Number(numeric[3]), second, first) : valid(Number(numeric[3]), first, second);
    return date ? { date } : { error: `“${text}” is not a real date when read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}` };
  }
  return { error: `“${text}” is not a date this app can read (write it as YYYY-MM-DD)` };
}
