import type { SampleSizeOverride } from '../../db/queries/sample-size-overrides';
import type { Guidance } from '../catalog/catalog-schema';

/**
 * The engagement's sample-size table (the catalog's common practice, with the values this engagement
 * changed) and the size it suggests for a control. Pure: the same table and inputs always give the
 * same suggestion, and the tests pin it against product.md §6.
 *
 * Population bands: the catalog's first band is 0–5 rows → all. product.md says "under 5 → all,
 * 6–50 → 5", which leaves exactly 5 rows between the two; both readings give 5 (all five rows, or a
 * fixed 5), so the table keeps the catalog's 0–5 band and the tests pin 5 rows → 5.
 */

export interface FrequencySize {
  frequency: string;
  min: number;
  max: number;
  catalogSize: number;
  size: number;
  overridden: boolean;
  note: string;
}

export interface PopulationBand {
  /** Stable key of the band, e.g. "6-50", "251-up": what an override is stored under. */
  key: string;
  minRows: number;
  maxRows: number | null;
  rule: 'all' | 'fixed' | 'percent';
  /** The catalog's size (fixed) or percent (percent); null for "all". */
  catalogValue: number | null;
  value: number | null;
  overridden: boolean;
}

export interface SampleSizeTable {
  byFrequency: FrequencySize[];
  byPopulation: PopulationBand[];
  note: string;
}

export interface SizeSuggestion {
  size: number;
  /** Why, in plain words: "population of 142 rows, 51–250 rows → 10 % rounded up". */
  basis: string;
}

export const bandKey = (band: { minRows: number; maxRows: number | null }): string => `${band.minRows}-${band.maxRows ?? 'up'}`;

export function bandLabel(band: { minRows: number; maxRows: number | null }): string {
  return band.maxRows === null ? `over ${band.minRows - 1} rows` : `${band.minRows}–${band.maxRows} rows`;
}

export function bandRuleText(band: PopulationBand): string {
  if (band.rule === 'all') return 'all rows';
  if (band.rule === 'percent') return `${band.value ?? 0} % rounded up`;
  return `${band.value ?? 0}`;
}

export function sampleSizeTable(guidance: Guidance['sampleSizes'], overrides: readonly SampleSizeOverride[]): SampleSizeTable {
  const own = new Map(overrides.map((override) => [`${override.basis}:${override.key}`, override.value]));
  return {
    byFrequency: guidance.byFrequency.map((row) => {
      const value = own.get(`frequency:${row.frequency}`);
      return { frequency: row.frequency, min: row.min, max: row.max, catalogSize: row.default, size: value === undefined ? row.default : Math.round(value), overridden: value !== undefined, note: row.note };
    }),
    byPopulation: guidance.byPopulation.map((band) => {
      const key = bandKey(band);
      const catalogValue = band.rule === 'all' ? null : band.rule === 'percent' ? (band.percent ?? null) : (band.size ?? null);
      const value = band.rule === 'all' ? undefined : own.get(`population:${key}`);
      return { key, minRows: band.minRows, maxRows: band.maxRows, rule: band.rule, catalogValue, value: value ?? catalogValue, overridden: value !== undefined };
    }),
    note: guidance.note,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The suggested sample from a population of `rows` rows (events: hires, changes…). Never more than the rows. */
export function suggestForPopulation(table: SampleSizeTable, rows: number): SizeSuggestion {
  if (rows <= 0) return { size: 0, basis: 'The population has no rows, so there is nothing to sample.' };
  const band = table.byPopulation.find((candidate) => rows >= candidate.minRows && (candidate.maxRows === null || rows <= candidate.maxRows));
  const of = `population of ${plural(rows, 'row')}`;
  if (!band || band.rule === 'all') return { size: rows, basis: band ? `${of}, ${bandLabel(band)} → all of them` : `${of}: no band of the table covers it, so all of them` };
  if (band.rule === 'percent') {
    const percent = band.value ?? 0;
    // The tolerance keeps a product that floating point lands a hair above a whole number (e.g. 12.5 % of
    // 88 = 11.000000000000002) from being rounded up to the next one.
    const size = Math.min(rows, Math.max(1, Math.ceil((rows * percent) / 100 - 1e-9)));
    return { size, basis: `${of}, ${bandLabel(band)} → ${percent} % rounded up = ${size}` };
  }
  const size = Math.min(rows, Math.round(band.value ?? rows));
  return { size, basis: `${of}, ${bandLabel(band)} → ${size}${size < (band.value ?? 0) ? ' (every row)' : ''}` };
}

/**
 * The suggested sample for a control tested by its occurrences: from its frequency (automated controls:
 * the "automated" row, a test of one), never more than the occurrences the period holds.
 */
export function suggestForFrequency(table: SampleSizeTable, control: { frequency: string; automation: string }, occurrences: number | null): SizeSuggestion | null {
  const automated = control.automation === 'automated' || control.frequency === 'continuous';
  const row = table.byFrequency.find((candidate) => candidate.frequency === (automated ? 'automated' : control.frequency));
  if (!row) return null;
  const label = automated ? 'automated (test of one)' : control.frequency;
  if (occurrences !== null && occurrences < row.size) {
    return { size: Math.max(occurrences, 0), basis: `${label} → ${row.size}, but the period holds only ${plural(occurrences, 'occurrence')}, so all of them` };
  }
  return { size: row.size, basis: `${label} → ${row.size}${row.overridden ? ' (this engagement’s table)' : ''}` };
}
