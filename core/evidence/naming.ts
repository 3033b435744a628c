import path from 'node:path';

/**
 * Evidence file names that follow one pattern, so a folder of evidence sorts and reads the same way
 * for every control: `<control>_<type>_<system>_<period>.<ext>`, for example
 * `ACC-04_access-review_okta_2026-Q2.csv`. Parts that are not known are left out, never invented.
 */

export interface NamingInput {
  fileName: string;
  controls: readonly string[];
  description: string;
  method: string | null;
  sourceSystem: string;
  coversFrom: string | null;
  coversTo: string | null;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'to', 'in', 'on', 'with', 'from', 'by']);

/** Lower-case ASCII words joined by hyphens (accents dropped), at most `words` words. */
export function slug(text: string, words = 4): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .slice(0, words)
    .join('-')
    .slice(0, 40)
    .replace(/-+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A period in the shortest exact words: a year, a quarter, a month, a date, or from_to. */
export function periodLabel(from: string | null, to: string | null): string {
  if (!to) return '';
  if (!from || from === to) return to;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = fd === 1 && td === lastDayOfMonth(ty, tm);
  if (wholeMonths && fy === ty) {
    if (fm === 1 && tm === 12) return String(fy);
    if (fm === tm) return `${fy}-${pad(fm)}`;
    if (tm - fm === 2 && (fm - 1) % 3 === 0) return `${fy}-Q${(fm - 1) / 3 + 1}`;
    if (fm === 1 && tm === 6) return `${fy}-H1`;
    if (fm === 7 && tm === 12) return `${fy}-H2`;
  }
  return `${from}_to_${to}`;
}

/** The file's own name as words, unless it already follows the pattern (then it says nothing new). */
function ownName(fileName: string): string {
  const base = path.parse(fileName).name;
  return /^[A-Za-z]{1,4}-\d+_/.test(base) ? '' : slug(base);
}

function typePart(input: NamingInput): string {
  return slug(input.description) || ownName(input.fileName) || (input.method ?? 'evidence');
}

export function suggestNames(input: NamingInput): string[] {
  const extension = path.extname(input.fileName).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const period = periodLabel(input.coversFrom, input.coversTo);
  const system = slug(input.sourceSystem, 2);
  const build = (control: string | undefined, type: string) => [control, type, system, period].filter((part) => part !== undefined && part !== '').join('_') + extension;
  const types = [typePart(input), ownName(input.fileName)].filter((type, index, all) => type !== '' && all.indexOf(type) === index);
  const controls = input.controls.length > 0 ? input.controls.slice(0, 3) : [undefined];
  const names = controls.flatMap((control) => types.map((type) => build(control, type)));
  return [...new Set(names)].filter((name) => name !== input.fileName).slice(0, 3);
}
