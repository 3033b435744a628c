import path from 'node:path';
import { openWorkspace } from '../../../db/open-workspace';
import { getEngagement } from '../../../db/queries/engagement';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { bundledCatalog } from '../../catalog/load-catalog';
import { defaultActor } from '../../host';
import { LIBRARY_EXTENSION, libraryLabelsSchema } from '../../library/library-format';
import { catalogFromLibrary, readLibrary } from '../../library/read-library';
import { buildLibrary, writeLibrary } from '../../library/save-library';
import { APP_VERSION } from '../../paths';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

export interface LibraryOptions {
  json: boolean;
  name: string | undefined;
  firm: string | undefined;
  version: string | undefined;
}

/** `library save <workspace.soc2> <file.soc2lib>`: the workspace is opened read-only and not changed. */
function save(workspaceFile: string, libraryFile: string, options: LibraryOptions, io: CliIo): number {
  if (!libraryFile.toLowerCase().endsWith(LIBRARY_EXTENSION)) throw new CliUsageError(`library files end in ${LIBRARY_EXTENSION}`);
  const workspace = openWorkspace(workspaceFile, { readOnly: true, actor: defaultActor() });
  try {
    const engagement = workspace.read(getEngagement);
    const firmName = options.firm ?? engagement.preparedBy;
    if (!firmName || firmName.trim() === '') throw new CliUsageError('library save needs --firm "<your firm>" (the workspace has no "prepared by" to use)');
    const labels = libraryLabelsSchema.safeParse({
      name: options.name ?? path.basename(libraryFile, path.extname(libraryFile)),
      firmName,
      ...(options.version === undefined ? {} : { version: options.version }),
    });
    if (!labels.success) throw new CliUsageError(`library ${labels.error.issues[0]!.path.join('.')}: ${labels.error.issues[0]!.message}`);
    const library = buildLibrary(engagementCatalog(workspace), labels.data, { appVersion: APP_VERSION, now: new Date() });
    writeLibrary(path.resolve(libraryFile), library);
    io.out(path.resolve(libraryFile));
    return EXIT.ok;
  } finally {
    workspace.close();
  }
}

/** `library show <file.soc2lib> [--json]`: validates a library and says what it holds. */
function show(libraryFile: string, json: boolean, io: CliIo): number {
  const loaded = readLibrary(path.resolve(libraryFile));
  catalogFromLibrary(loaded, bundledCatalog()); // refuses a library that does not fit this app's criteria
  const { library, fileSha256 } = loaded;
  const summary = {
    file: path.resolve(libraryFile),
    name: library.name,
    version: library.version,
    firmName: library.firmName,
    description: library.description,
    savedAt: library.savedAt,
    savedByApp: library.savedByApp,
    basedOn: library.basedOn,
    controls: library.content.controls.length,
    policies: library.content.policies.length,
    sha256: fileSha256,
  };
  if (json) {
    io.out(JSON.stringify(summary, null, 2));
    return EXIT.ok;
  }
  io.out(`Library       ${summary.name} ${summary.version}`);
  io.out(`Firm          ${summary.firmName}`);
  io.out(`Content       ${summary.controls} controls, ${summary.policies} policy templates, guidance tables`);
  io.out(`Saved         ${summary.savedAt} by app ${summary.savedByApp}, from catalog ${summary.basedOn}`);
  io.out(`SHA-256       ${summary.sha256}`);
  return EXIT.ok;
}

export function runLibrary(rest: string[], options: LibraryOptions, io: CliIo): number {
  const [action, ...files] = rest;
  if (action === 'save') {
    if (files.length !== 2) throw new CliUsageError('library save needs <workspace.soc2> <file.soc2lib>');
    return save(files[0]!, files[1]!, options, io);
  }
  if (action === 'show') {
    if (files.length !== 1) throw new CliUsageError('library show needs exactly one .soc2lib file');
    return show(files[0]!, options.json, io);
  }
  throw new CliUsageError('library needs "save <workspace.soc2> <file.soc2lib>" or "show <file.soc2lib>"');
}
