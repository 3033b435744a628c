import fs from 'node:fs';
import path from 'node:path';
import { describeIssue } from '../catalog/describe-issue';
import { ApiError } from '../api/errors';
import { REVIEW_EXTENSION, REVIEW_FORMAT, REVIEW_FORMAT_VERSION, REVIEW_MAX_BYTES, reviewFileSchema, type ReviewFile } from './review-format';

function invalid(file: string, reason: string): ApiError {
  return new ApiError('REVIEW_INVALID', `${path.basename(file)} cannot be used as a review file: ${reason}. Ask the auditor to send the review file again, exactly as the app saved it.`);
}

/**
 * Reads a review file, which is untrusted input on either side: size-capped, parsed as JSON, its format
 * marker and version checked, then validated field by field. Nothing in it is executed or followed
 * (no paths, no links); refusals carry REVIEW_* codes and say what to do.
 */
export function readReviewFile(file: string): ReviewFile {
  if (!file.toLowerCase().endsWith(REVIEW_EXTENSION)) throw invalid(file, `review files end in ${REVIEW_EXTENSION}`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError('REVIEW_NOT_FOUND', `There is no review file at ${file}. It may have been moved or renamed; choose it again.`);
  }
  if (!stat.isFile()) throw new ApiError('REVIEW_NOT_FOUND', `${file} is a folder, not a review file. Choose a ${REVIEW_EXTENSION} file.`);
  if (stat.size > REVIEW_MAX_BYTES) throw invalid(file, `it is ${Math.round(stat.size / (1024 * 1024))} MB, far larger than any review file (the limit is ${REVIEW_MAX_BYTES / (1024 * 1024)} MB)`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw invalid(file, 'it is not a SOC 2 Workbench review file (not a JSON document)');
  }
  const header = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (header['format'] !== REVIEW_FORMAT) throw invalid(file, 'it is not a SOC 2 Workbench review file (the format marker is missing)');
  if (typeof header['formatVersion'] === 'number' && header['formatVersion'] > REVIEW_FORMAT_VERSION) {
    throw new ApiError('REVIEW_FROM_NEWER_VERSION', `${path.basename(file)} was saved by a newer version of SOC 2 Workbench (review format ${header['formatVersion']}). Update the app to use it. The file has not been changed.`);
  }
  const parsed = reviewFileSchema.safeParse(raw);
  if (!parsed.success) throw invalid(file, `a field is not valid (${describeIssue(raw, parsed.error)})`);
  return parsed.data;
}
