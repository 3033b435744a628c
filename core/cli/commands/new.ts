import path from 'node:path';
import { createEngagementWorkspace } from '../../engagement-factory';
import { defaultActor } from '../../host';
import { engagementStartFromLibrary, recordLibraryStart } from '../../library/library-start';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

/** `new <file> --org "<name>" [--library <file.soc2lib>]`: an empty engagement, ready for step 1. */
export function runNew(file: string, organisationName: string | undefined, io: CliIo, libraryFile?: string): number {
  if (!organisationName || organisationName.trim() === '') throw new CliUsageError('new needs --org "<organisation name>"');
  if (!file.toLowerCase().endsWith('.soc2')) throw new CliUsageError('workspace files end in .soc2');
  // The library is read and checked before anything is created, so a bad one leaves no file behind.
  const start = libraryFile === undefined ? undefined : engagementStartFromLibrary(path.resolve(libraryFile));
  const workspace = createEngagementWorkspace(file, { organisationName: organisationName.trim(), actor: defaultActor(), ...(start ? { start } : {}) });
  try {
    if (start) recordLibraryStart(workspace, start, path.resolve(libraryFile!));
  } finally {
    workspace.close();
  }
  io.out(path.resolve(file));
  return EXIT.ok;
}
