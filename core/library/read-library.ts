import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { Catalog } from '../catalog/catalog-schema';
import { catalogProblems } from '../catalog/check-catalog';
import { describeIssue } from '../catalog/describe-issue';
import { LIBRARY_EXTENSION, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, LIBRARY_MAX_BYTES, libraryCatalogVersion, libraryFileSchema, type LibraryFile } from './library-format';

export interface LoadedLibrary {
  path: string;
  /** SHA-256 of the file's bytes, recorded in workspaces started from it. */
  fileSha256: string;
  library: LibraryFile;
}

function invalid(file: string, reason: string, advice = 'Choose a library saved by SOC 2 Workbench, or ask whoever sent it for a fresh copy.'): ApiError {
  return new ApiError('LIBRARY_INVALID', `${path.basename(file)} cannot be used as a library: ${reason}. ${advice}`);
}

function readBytes(file: string): Buffer {
  if (!file.toLowerCase().endsWith(LIBRARY_EXTENSION)) throw invalid(file, `library files end in ${LIBRARY_EXTENSION}`, 'Choose a .soc2lib file.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError('LIBRARY_NOT_FOUND', `There is no library file at ${file}. It may have been moved or renamed; choose it again.`);
  }
  if (!stat.isFile()) throw new ApiError('LIBRARY_NOT_FOUND', `${file} is a folder, not a library file. Choose a .soc2lib file.`);
  if (stat.size > LIBRARY_MAX_BYTES) throw invalid(file, `it is ${Math.round(stat.size / (1024 * 1024))} MB, far larger than any library (the limit is ${LIBRARY_MAX_BYTES / (1024 * 1024)} MB)`);
  return fs.readFileSync(file);
}

/**
 * Reads a library file, which is untrusted input: size-capped, parsed as JSON, checked for the format
 * marker and version, validated field by field, and its content hash compared. Nothing in it is
 * executed or interpreted beyond that. Refusals carry LIBRARY_* codes and say what to do.
 */
export function readLibrary(file: string): LoadedLibrary {
  const bytes = readBytes(file);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid(file, 'it is not a SOC 2 Workbench library (not a JSON document)');
  }
  const header = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (header['format'] !== LIBRARY_FORMAT) throw invalid(file, 'it is not a SOC 2 Workbench library (the format marker is missing)');
  if (typeof header['formatVersion'] === 'number' && header['formatVersion'] > LIBRARY_FORMAT_VERSION) {
    throw new ApiError('LIBRARY_FROM_NEWER_VERSION', `${path.basename(file)} was saved by a newer version of SOC 2 Workbench (library format ${header['formatVersion']}). Update the app to use it. The file has not been changed.`);
  }
  const parsed = libraryFileSchema.safeParse(raw);
  if (!parsed.success) throw invalid(file, `a field is not valid (${describeIssue(raw, parsed.error)})`);
  const actualHash = createHash('sha256').update(JSON.stringify(header['content']), 'utf8').digest('hex');
  if (actualHash !== parsed.data.contentSha256) throw invalid(file, 'its content does not match its recorded fingerprint, so it was damaged or edited outside the app');
  return { path: file, fileSha256: createHash('sha256').update(bytes).digest('hex'), library: parsed.data };
}

/**
 * The catalog a new engagement gets from a library: the library's controls, policy templates and
 * guidance, with the criteria and series of the app's own catalog (the criteria are facts, not a
 * consultant's choice). Refused when the library does not fit those criteria, e.g. a control mapped
 * to a criterion that does not exist.
 */
export function catalogFromLibrary(loaded: LoadedLibrary, base: Catalog): Catalog {
  const { library } = loaded;
  const catalog: Catalog = {
    version: libraryCatalogVersion(library),
    series: base.series,
    criteria: base.criteria,
    controls: library.content.controls,
    policies: library.content.policies,
    guidance: library.content.guidance,
  };
  const problems = catalogProblems(catalog);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw invalid(loaded.path, `${problems[0]}${more}`, 'Correct it in the engagement it was saved from and save the library again.');
  }
  return catalog;
}
