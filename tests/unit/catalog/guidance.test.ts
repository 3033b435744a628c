import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';

const guidance = bundledCatalog().guidance;

/** Product.md §6 "common sample-size practice", as [frequency, min, max, default]. */
const BY_FREQUENCY: [string, number, number, number][] = [
  ['annual', 1, 1, 1],
  ['semi-annual', 1, 2, 2],
  ['quarterly', 2, 4, 2],
  ['monthly', 2, 5, 2],
  ['weekly', 5, 15, 5],
  ['daily', 20, 40, 25],
  ['multiple-times-daily', 25, 60, 25],
  ['automated', 1, 1, 1],
];

/** Applies the population bands the way step 4 will: the band whose range holds the row count. */
function sampleForPopulation(rows: number): number {
  const band = guidance.sampleSizes.byPopulation.find((b) => rows >= b.minRows && (b.maxRows === null || rows <= b.maxRows));
  if (!band) throw new Error(`no band for ${rows} rows`);
  if (band.rule === 'all') return rows;
  if (band.rule === 'fixed') return band.size!;
  return Math.ceil((rows * band.percent!) / 100);
}

describe('the guidance tables', () => {
  it('suggest sample sizes by frequency as §6 states', () => {
    expect(guidance.sampleSizes.byFrequency.map((b) => [b.frequency, b.min, b.max, b.default])).toEqual(BY_FREQUENCY);
    for (const band of guidance.sampleSizes.byFrequency) {
      expect(band.default, band.frequency).toBeGreaterThanOrEqual(band.min);
      expect(band.default, band.frequency).toBeLessThanOrEqual(band.max);
    }
    // Editable per engagement, because every firm has its own methodology: the note says so.
    expect(guidance.sampleSizes.note).toMatch(/changed for each engagement|editable/i);
  });

  it('suggest sample sizes by population: up to 5 all, 6–50 five, 51–250 ten per cent rounded up, over 250 twenty-five', () => {
    const bands = guidance.sampleSizes.byPopulation;
    // The bands cover every row count without gaps or overlaps.
    for (let i = 1; i < bands.length; i += 1) expect(bands[i]!.minRows).toBe(bands[i - 1]!.maxRows! + 1);
    expect(bands[bands.length - 1]!.maxRows).toBeNull();
    const cases: [number, number][] = [[1, 1], [4, 4], [5, 5], [6, 5], [50, 5], [51, 6], [100, 10], [101, 11], [250, 25], [251, 25], [100_000, 25]];
    for (const [rows, expected] of cases) expect(sampleForPopulation(rows), `${rows} rows`).toBe(expected);
  });

  it('state the evidence freshness rules of §6', () => {
    const rule = (appliesTo: string) => guidance.freshness.find((f) => f.appliesTo === appliesTo);
    expect(rule('per-event')?.rule).toMatch(/population/);
    for (const frequency of ['daily', 'weekly', 'monthly', 'quarterly']) expect(rule(frequency)?.rule, frequency).toMatch(/one artefact per/i);
    expect(rule('annual')?.maxAgeDays).toBe(365);
    expect(rule('annual')?.rule).toMatch(/12 months/);
    expect(rule('configuration')?.maxAgeDays).toBeLessThanOrEqual(92);
    expect(rule('configuration')?.rule).toMatch(/quarter/);
    expect(rule('configuration')?.rule).toMatch(/fieldwork/);
    expect(rule('vendor-soc-report')?.rule).toMatch(/bridge letter/);
    expect(rule('vendor-soc-report')?.rule).toMatch(/end of the period/);
  });

  it('give the description criteria DC1–DC9 with prompts and examples; only DC9 is Type II only', () => {
    expect(guidance.descriptionCriteria.map((d) => d.id)).toEqual(['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9']);
    expect(guidance.descriptionCriteria.filter((d) => d.typeIIOnly).map((d) => d.id)).toEqual(['DC9']);
    const title = (id: string) => guidance.descriptionCriteria.find((d) => d.id === id)!.title.toLowerCase();
    expect(title('DC6')).toContain('user entity');
    expect(title('DC7')).toContain('subservice');
    expect(title('DC8')).toContain('not relevant');
    for (const dc of guidance.descriptionCriteria) {
      expect(dc.prompt.length, dc.id).toBeGreaterThan(60);
      expect(dc.example.length, dc.id).toBeGreaterThan(60);
    }
  });

  it('say when to include each category; only Security is always in scope', () => {
    expect(guidance.categories.map((c) => [c.id, c.alwaysInScope])).toEqual([
      ['security', true],
      ['availability', false],
      ['confidentiality', false],
      ['processing_integrity', false],
      ['privacy', false],
    ]);
    for (const category of guidance.categories) expect(category.signals.length, category.id).toBeGreaterThanOrEqual(3);
  });

  it('give examples of CUECs and CSOCs mapped to real criteria', () => {
    const ids = new Set(bundledCatalog().criteria.map((c) => c.id));
    expect(guidance.cuecExamples.length).toBeGreaterThanOrEqual(5);
    expect(guidance.csocExamples.length).toBeGreaterThanOrEqual(5);
    for (const example of [...guidance.cuecExamples, ...guidance.csocExamples]) {
      expect(example.relatedCriteria.length, example.id).toBeGreaterThan(0);
      for (const id of example.relatedCriteria) expect(ids.has(id), `${example.id} → ${id}`).toBe(true);
    }
  });

  it('explain Type I and Type II, and that SOC 2 ends in an attestation, not a certificate', () => {
    expect(guidance.reportTypes.map((r) => r.id)).toEqual(['type1', 'type2']);
    expect(guidance.attestationNote).toMatch(/attestation/i);
    expect(guidance.attestationNote).toMatch(/not a certif/i);
  });
});
