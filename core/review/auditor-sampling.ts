import { createHash, randomBytes } from 'node:crypto';

/**
 * How the auditor draws a sample from a population: every data row (numbered from 1, header excluded)
 * gets the key SHA-256("<seed>:<row>"), and the `size` rows with the smallest keys are the sample,
 * listed in row order. Anyone can redo the draw from the seed with any SHA-256 tool, and the same seed
 * always gives the same rows. The algorithm's name is recorded with every sample so that a draw stays
 * reproducible even if the app later adds others.
 */
export const SAMPLE_ALGORITHM = 'sha256-rank/1';

export function newSeed(): string {
  return randomBytes(8).toString('hex');
}

function rowKey(seed: string, row: number): string {
  return createHash('sha256').update(`${seed}:${row}`, 'utf8').digest('hex');
}

/** The sample's row numbers, ascending. Keeps only the best `size` keys, so memory stays small however large the population. */
export function drawSampleRows(seed: string, populationSize: number, size: number): number[] {
  if (!Number.isInteger(populationSize) || populationSize < 1) throw new RangeError('the population has no rows');
  if (!Number.isInteger(size) || size < 1 || size > populationSize) throw new RangeError(`a sample of ${size} cannot be drawn from ${populationSize} rows`);
  const best: { key: string; row: number }[] = [];
  for (let row = 1; row <= populationSize; row++) {
    const key = rowKey(seed, row);
    if (best.length === size && key >= best[best.length - 1]!.key) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (best[middle]!.key < key) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { key, row });
    if (best.length > size) best.pop();
  }
  return best.map((entry) => entry.row).sort((a, b) => a - b);
}
