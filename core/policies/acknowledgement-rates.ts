import type { AcknowledgementRateView, WorkforceView } from '../api/policy-types';

/**
 * The workforce acknowledgement rates are counted against: the headcount recorded in step 1 when
 * there is one, otherwise everyone who appears in any imported acknowledgement (said so in the text,
 * since that undercounts people who never acknowledged anything).
 */
export function workforce(headcount: number | null, peopleInImports: number): WorkforceView {
  if (headcount !== null && headcount > 0) return { size: headcount, basis: 'headcount', text: `${headcount} ${headcount === 1 ? 'person' : 'people'} (headcount in step 1)` };
  if (peopleInImports > 0) return { size: peopleInImports, basis: 'acknowledgements', text: `${peopleInImports} ${peopleInImports === 1 ? 'person' : 'people'} seen in the imported acknowledgements (set the headcount in step 1 for exact rates)` };
  return { size: null, basis: 'none', text: 'unknown: set the headcount in step 1' };
}

export function ratePercent(people: number, size: number | null): number | null {
  if (size === null || size <= 0) return null;
  return Math.round((Math.min(people, size) / size) * 1000) / 10;
}

/** Rates per version of one policy, newest version first. */
export function versionRates(counts: readonly { version: number; people: number }[], size: number | null): AcknowledgementRateView[] {
  return [...counts].sort((a, b) => b.version - a.version).map(({ version, people }) => ({ version, people, percent: ratePercent(people, size) }));
}
