import { CATEGORY_NAMES, CATEGORY_ORDER } from '../../scope/in-scope';
import { formatDate } from '../../seal/draft-facts';
import type { EngagementRecord } from '../../../db/queries/engagement';
import { COLOURS } from '../pdf/theme';

/** Small shared wording for the sections, so the same thing is always said the same way. */

export const DASH = '—';

export function orDash(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : DASH;
}

export function dateText(iso: string | null | undefined): string {
  return formatDate(iso) ?? DASH;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16 Mar 2026" for narrow table columns, with no-break spaces so a date never splits across lines. */
export function shortDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return iso || DASH;
  return `${Number(match[3])}\u00A0${SHORT_MONTHS[Number(match[2]) - 1] ?? match[2]}\u00A0${match[1]}`;
}

export function reportTypeText(e: EngagementRecord): string {
  return e.reportType === 'type1' ? 'SOC 2 Type I' : 'SOC 2 Type II';
}

export function periodText(e: EngagementRecord): string {
  if (e.reportType === 'type1') return e.asOfDate ? `As of ${dateText(e.asOfDate)}` : 'As-of date not set yet';
  if (!e.periodStart || !e.periodEnd) return 'Review period not set yet';
  return `Review period ${dateText(e.periodStart)} to ${dateText(e.periodEnd)}`;
}

export function categoriesText(e: EngagementRecord): string {
  return CATEGORY_ORDER.filter((id) => id === 'security' || e.categories.includes(id))
    .map((id) => CATEGORY_NAMES[id])
    .join(', ');
}

/** How enumerated values read in the package, where the plain transformation is not right. */
const LABELS: Record<string, string> = {
  'it-dependent-manual': 'IT-dependent manual',
  'multiple-times-daily': 'Several times a day',
  'semi-annual': 'Semi-annual',
  'per-event': 'Per event',
  'not-started': 'Not started',
  'carve-out': 'Carve-out',
  'soc2-type1': 'SOC 2 Type I',
  'soc2-type2': 'SOC 2 Type II',
  'soc1-type2': 'SOC 1 Type II',
  iso27001: 'ISO/IEC 27001',
  saas: 'SaaS',
  'data-store': 'Data store',
};

export function words(value: string): string {
  const known = LABELS[value];
  if (known) return known;
  const text = value.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** Colour for status words in tables: green for done/met, amber for in progress, red for open gaps. */
export function statusColour(value: string): string | undefined {
  const v = value.toLowerCase();
  if (/^(implemented|met|pass|passed|done|accepted|approved|closed|provided)\b/.test(v)) return COLOURS.ok;
  if (/^(gap|high|fail|failed|open|not implemented|exceptions?)\b/.test(v)) return COLOURS.danger;
  if (/^(in progress|partially|partly|medium|responded|waived|not yet)\b/.test(v)) return COLOURS.warn;
  return undefined;
}
