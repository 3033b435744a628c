import path from 'node:path';
import { createEngagementWorkspace } from '../../engagement-factory';
import { defaultActor } from '../../host';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

/** `new <file> --org "<name>"`: an empty engagement, ready for step 1. */
export function runNew(file: string, organisationName: string | undefined, io: CliIo): number {
  if (!organisationName || organisationName.trim() === '') throw new CliUsageError('new needs --org "<organisation name>"');
  if (!file.toLowerCase().endsWith('.soc2')) throw new CliUsageError('workspace files end in .soc2');
  const workspace = createEngagementWorkspace(file, { organisationName: organisationName.trim(), actor: defaultActor() });
  workspace.close();
  io.out(path.resolve(file));
  return EXIT.ok;
}
