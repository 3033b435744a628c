import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { Catalog } from '../catalog/catalog-schema';
import { LIBRARY_EXTENSION, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, libraryFileSchema, type LibraryContent, type LibraryFile, type LibraryLabels } from './library-format';

/** The library document for a catalog: its controls, policy templates and guidance, with labels. */
export function buildLibrary(catalog: Catalog, labels: LibraryLabels, context: { appVersion: string; now: Date }): LibraryFile {
  const content: LibraryContent = { controls: catalog.controls, policies: catalog.policies, guidance: catalog.guidance };
  return libraryFileSchema.parse({
    format: LIBRARY_FORMAT,
    formatVersion: LIBRARY_FORMAT_VERSION,
    name: labels.name,
    version: labels.version ?? context.now.toISOString().slice(0, 10),
    firmName: labels.firmName,
    description: labels.description ?? '',
    savedAt: context.now.toISOString(),
    savedByApp: context.appVersion,
    basedOn: catalog.version,
    contentSha256: createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex'),
    content,
  });
}

function folderProblem(error: unknown, folder: string): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ApiError('BAD_ARGUMENT', `The folder ${folder} does not exist. Choose an existing folder.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ApiError('BAD_ARGUMENT', `The folder ${folder} cannot be written to. Choose a folder you can save files in.`);
  return new ApiError('BAD_ARGUMENT', `The library could not be written to ${folder} (${code ?? 'unknown error'}). Choose another folder.`);
}

/**
 * Writes a library file. It is written under a temporary name and linked into place only when
 * complete, so a crash never leaves half a library, and an existing file is never overwritten.
 */
export function writeLibrary(file: string, library: LibraryFile): void {
  if (!file.toLowerCase().endsWith(LIBRARY_EXTENSION)) throw new ApiError('BAD_ARGUMENT', `Library files end in ${LIBRARY_EXTENSION}.`);
  const folder = path.dirname(file);
  if (fs.existsSync(file)) throw new ApiError('LIBRARY_EXISTS', `A file named ${path.basename(file)} already exists there. Choose another name, or give the library a new version.`);
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.saving`);
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(handle, `${JSON.stringify(library, null, 2)}\n`, 'utf8');
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && fs.existsSync(file)) {
      throw new ApiError('LIBRARY_EXISTS', `A file named ${path.basename(file)} already exists there. Choose another name, or give the library a new version.`);
    }
    throw folderProblem(error, folder);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
