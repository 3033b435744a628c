import { createHash } from 'node:crypto';
import { ApiError } from '../api/errors';
import { drawSampleRows, newSeed, SAMPLE_ALGORITHM } from '../review/auditor-sampling';

/**
 * Internal readiness samples are drawn with the same documented algorithm the auditor's side uses
 * (core/review/auditor-sampling.ts, "sha256-rank/1"): every row gets the key SHA-256("<seed>:<row>")
 * and the rows with the smallest keys are the sample. It is without replacement by construction (each
 * row has one key), the same seed and population always give the same rows, and anyone can redo a
 * draw with a spreadsheet and any SHA-256 tool — so client and auditor speak about samples the same way.
 */
export { SAMPLE_ALGORITHM };

export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export interface DrawnSample {
  seed: string;
  algorithm: string;
  /** Selected row numbers (1-based, header excluded), ascending. */
  rows: number[];
}

/** Draws `size` of `sourceSize` rows; a seed is made up when none is given. Errors say what to change. */
export function drawSample(sourceSize: number, size: number, seed?: string): DrawnSample {
  const chosenSeed = seed === undefined || seed === '' ? newSeed() : seed;
  if (!SEED_PATTERN.test(chosenSeed)) throw new ApiError('BAD_ARGUMENT', 'A seed is 1–64 letters, digits, dots, dashes or underscores (for example 7f3a9c21 or Q3-2026). Leave it blank to have one made up.');
  if (sourceSize < 1) throw new ApiError('BAD_ARGUMENT', 'There is nothing to sample from: the population has no rows. If nothing happened in the period, record that instead (Period coverage → did not occur).');
  if (!Number.isInteger(size) || size < 1) throw new ApiError('BAD_ARGUMENT', 'A sample needs at least one item.');
  if (size > sourceSize) throw new ApiError('BAD_ARGUMENT', `A sample of ${size} cannot be drawn from ${sourceSize} row${sourceSize === 1 ? '' : 's'}: choose ${sourceSize} or fewer.`);
  return { seed: chosenSeed, algorithm: SAMPLE_ALGORITHM, rows: drawSampleRows(chosenSeed, sourceSize, size) };
}

/** A fingerprint of a list of occurrence windows, so a sample of occurrences records what it was drawn from. */
export function occurrencesFingerprint(windows: readonly { windowStart: string; windowEnd: string }[]): string {
  return createHash('sha256')
    .update(windows.map((window) => `${window.windowStart}..${window.windowEnd}`).join('\n'), 'utf8')
    .digest('hex');
}
