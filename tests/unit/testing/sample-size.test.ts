import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { sampleSizeTable, suggestForFrequency, suggestForPopulation } from '../../../core/testing/sample-size';

const guidance = bundledCatalog().guidance.sampleSizes;
const table = sampleSizeTable(guidance, []);

describe('sample sizes suggested from a population (product.md §6)', () => {
  // under 5 → all, 6–50 → 5, 51–250 → 10 % rounded up, over 250 → 25. Exactly 5 rows sits between
  // "under 5" and "6–50"; both readings give 5 (all of them, or a fixed 5), pinned here.
  const cases: [rows: number, size: number][] = [
    [1, 1],
    [2, 2],
    [4, 4],
    [5, 5],
    [6, 5],
    [7, 5],
    [50, 5],
    [51, 6],
    [60, 6],
    [61, 7],
    [100, 10],
    [101, 11],
    [142, 15],
    [249, 25],
    [250, 25],
    [251, 25],
    [1000, 25],
    [100_000, 25],
  ];
  it.each(cases)('%i rows → %i', (rows, size) => {
    expect(suggestForPopulation(table, rows).size).toBe(size);
  });

  it('says why, in plain words, and never samples an empty population', () => {
    expect(suggestForPopulation(table, 142).basis).toBe('population of 142 rows, 51–250 rows → 10 % rounded up = 15');
    expect(suggestForPopulation(table, 3).basis).toMatch(/all of them/);
    expect(suggestForPopulation(table, 0)).toEqual({ size: 0, basis: 'The population has no rows, so there is nothing to sample.' });
  });

  it('follows the engagement’s own table once a value is changed', () => {
    const own = sampleSizeTable(guidance, [
      { basis: 'population', key: '251-up', value: 40, updatedBy: 't', updatedAt: '' },
      { basis: 'population', key: '51-250', value: 20, updatedBy: 't', updatedAt: '' },
    ]);
    expect(suggestForPopulation(own, 1000).size).toBe(40);
    expect(suggestForPopulation(own, 142).size).toBe(29);
    expect(own.byPopulation.find((band) => band.key === '251-up')).toMatchObject({ catalogValue: 25, value: 40, overridden: true });
  });
});

describe('sample sizes suggested from a frequency (product.md §6)', () => {
  const control = (frequency: string, automation = 'manual') => ({ frequency, automation });
  it.each([
    ['annual', 1],
    ['semi-annual', 2],
    ['quarterly', 2],
    ['monthly', 2],
    ['weekly', 5],
    ['daily', 25],
    ['multiple-times-daily', 25],
  ])('%s → %i (within the range of common practice)', (frequency, size) => {
    expect(suggestForFrequency(table, control(frequency), null)?.size).toBe(size);
    const row = table.byFrequency.find((candidate) => candidate.frequency === frequency)!;
    expect(size).toBeGreaterThanOrEqual(row.min);
    expect(size).toBeLessThanOrEqual(row.max);
  });

  it('tests one instance of an automated or continuous control', () => {
    expect(suggestForFrequency(table, control('daily', 'automated'), 180)).toEqual({ size: 1, basis: 'automated (test of one) → 1' });
    expect(suggestForFrequency(table, control('continuous'), null)?.size).toBe(1);
  });

  it('never suggests more than the occurrences the period holds', () => {
    expect(suggestForFrequency(table, control('semi-annual'), 1)).toEqual({ size: 1, basis: 'semi-annual → 2, but the period holds only 1 occurrence, so all of them' });
    expect(suggestForFrequency(table, control('monthly'), 6)?.size).toBe(2);
  });

  it('uses the engagement’s value for a frequency, and the ranges stay those of common practice', () => {
    const own = sampleSizeTable(guidance, [{ basis: 'frequency', key: 'quarterly', value: 4, updatedBy: 't', updatedAt: '' }]);
    expect(suggestForFrequency(own, control('quarterly'), 4)).toEqual({ size: 4, basis: 'quarterly → 4 (this engagement’s table)' });
    expect(table.byFrequency.map((row) => [row.frequency, row.min, row.max])).toEqual([
      ['annual', 1, 1],
      ['semi-annual', 1, 2],
      ['quarterly', 2, 4],
      ['monthly', 2, 5],
      ['weekly', 5, 15],
      ['daily', 20, 40],
      ['multiple-times-daily', 25, 60],
      ['automated', 1, 1],
    ]);
  });
});
