import { buildDemoWorkspace } from '../../demo/build-demo';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

/** `demo --out <dir> [--force]`: writes the demo engagement and prints its path. */
export function runDemo(outDir: string | undefined, overwrite: boolean, io: CliIo): number {
  if (!outDir) throw new CliUsageError('demo needs --out <folder>');
  const filePath = buildDemoWorkspace({ outDir, overwrite });
  io.out(filePath);
  return EXIT.ok;
}
