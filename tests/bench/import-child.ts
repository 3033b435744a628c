import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace } from '../../db/create-workspace';
import { importEvidenceFile } from '../../core/evidence/import-file';

/**
 * The import half of the import benchmark, in its own process so its peak memory (VmHWM) is the
 * import's alone: creates a workspace, adds every file, prints {seconds, bytes, peakRssMb}.
 */
async function main(): Promise<void> {
  const [workspacePath, ...files] = process.argv.slice(2);
  const workspace = createWorkspace(workspacePath!, { organisationName: 'Bench', actor: 'bench', appVersion: 'bench', catalogVersion: 'bench' });
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const file of files) bytes += (await importEvidenceFile(workspace, { path: file, fileName: path.basename(file) }, {})).size;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  workspace.close();
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? process.resourceUsage().maxRSS);
  process.stdout.write(`${JSON.stringify({ seconds, bytes, peakRssMb: hwmKb / 1024 })}\n`);
}

void main();
