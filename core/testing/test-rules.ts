import type { ExceptionRecord, ReadinessConclusion, SampleItemRecord } from '../../db/queries/readiness-tests';
import { ApiError } from '../api/errors';

/**
 * The rules an internal readiness test must follow, in one place so the API, the command line and the
 * demo cannot disagree. Errors say what is wrong and what to do.
 */

export const INQUIRY_ALONE =
  'Inquiry alone is never enough: asking the control owner shows what should happen, not that it did. Add inspection (look at the records), observation (watch it run) or re-performance (do it again and compare).';

/** Refuses an empty method list or inquiry on its own (product.md §6). */
export function checkMethods(methods: readonly string[]): void {
  if (methods.length === 0) throw new ApiError('BAD_ARGUMENT', 'Choose at least one test method: inspection, observation or re-performance (inquiry may be added to them).');
  if (!methods.some((method) => method !== 'inquiry')) throw new ApiError('BAD_ARGUMENT', INQUIRY_ALONE);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A conclusion other than "not concluded" needs every sample item tested; "no exceptions" needs none;
 * a conclusion with exceptions needs each exception explained (root cause and management response),
 * which is what the auditor will ask for first.
 */
export function checkConclusion(conclusion: ReadinessConclusion, items: readonly SampleItemRecord[], exceptions: readonly ExceptionRecord[]): void {
  if (conclusion === 'not-concluded') return;
  const untested = items.filter((item) => item.result === 'not-tested').length;
  if (untested > 0) throw new ApiError('BAD_ARGUMENT', `${plural(untested, 'sample item')} ${untested === 1 ? 'is' : 'are'} not tested yet. Record a result for every item (pass or exception) before concluding.`);
  const failed = items.filter((item) => item.result === 'exception').length;
  if (conclusion === 'no-exceptions') {
    if (failed > 0 || exceptions.length > 0) throw new ApiError('BAD_ARGUMENT', `This test has ${plural(Math.max(failed, exceptions.length), 'exception')}, so it cannot conclude "no exceptions". Choose "exceptions noted" or "not operating".`);
    return;
  }
  if (exceptions.length === 0) throw new ApiError('BAD_ARGUMENT', 'Record the exception first (what happened, its root cause and management’s response), then conclude.');
  const unexplained = exceptions.filter((exception) => exception.rootCause.trim() === '' || exception.managementResponse.trim() === '').length;
  if (unexplained > 0) throw new ApiError('BAD_ARGUMENT', `${plural(unexplained, 'exception')} still ${unexplained === 1 ? 'needs' : 'need'} a root cause and a management response before the test can be concluded.`);
}

/** What the results suggest, shown beside the conclusion field (never applied silently). */
export function suggestedConclusion(items: readonly SampleItemRecord[], exceptions: readonly ExceptionRecord[]): ReadinessConclusion {
  if (items.length === 0 || items.some((item) => item.result === 'not-tested')) return 'not-concluded';
  return items.some((item) => item.result === 'exception') || exceptions.length > 0 ? 'exceptions-noted' : 'no-exceptions';
}
