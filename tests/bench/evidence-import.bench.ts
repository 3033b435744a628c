import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark, BenchRow } from './bench-types';
import { MIB, mbPerSecond, runChild, timed, writeRandomFile } from './bench-helpers';

const SMALL_FILES = 200;
const SMALL_SIZE = 5 * MIB;
const LARGE_SIZE = 1024 * MIB;

interface ChildResult {
  seconds: number;
  bytes: number;
  peakRssMb: number;
}

/**
 * Evidence import against `sha256sum` over the same files in the same run: 200 files of 5 MiB, then
 * one 1 GiB file. Files are read once beforehand so both sides start from a warm page cache; the
 * import runs in a child process whose peak resident memory (VmHWM) is reported.
 */
export const evidenceImportBenchmark: Benchmark = {
  name: 'evidence-import',
  description: `add ${SMALL_FILES} × 5 MiB files and one 1 GiB file as evidence, against sha256sum`,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-bench-import-'));
    try {
      log('generating test files…');
      const small = Array.from({ length: SMALL_FILES }, (_, index) => path.join(dir, `small-${String(index).padStart(3, '0')}.bin`));
      small.forEach((file) => writeRandomFile(file, SMALL_SIZE));
      const large = [path.join(dir, 'large.bin')];
      writeRandomFile(large[0]!, LARGE_SIZE);
      const rows: BenchRow[] = [];
      for (const [label, files] of [
        [`${SMALL_FILES} × 5 MiB`, small],
        ['1 × 1 GiB', large],
      ] as const) {
        await timed('sh', ['-c', 'cat "$@" > /dev/null', 'cat', ...files]);
        const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
        log(`${label}: sha256sum…`);
        const shaSeconds = await timed('sha256sum', [...files]);
        log(`${label}: import…`);
        const workspace = path.join(dir, `bench-${files.length}.soc2`);
        const result = await runChild<ChildResult>(path.join(__dirname, 'import-child.ts'), [workspace, ...files]);
        fs.rmSync(workspace, { force: true });
        const shaRate = mbPerSecond(bytes, shaSeconds);
        const importRate = mbPerSecond(result.bytes, result.seconds);
        const ratio = importRate / shaRate;
        rows.push(
          { measure: `${label}: sha256sum`, value: `${shaRate.toFixed(0)} MB/s (${shaSeconds.toFixed(2)} s)`, target: '', ok: null },
          { measure: `${label}: import`, value: `${importRate.toFixed(0)} MB/s (${result.seconds.toFixed(2)} s)`, target: '', ok: null },
          { measure: `${label}: import ÷ sha256sum`, value: `${(ratio * 100).toFixed(0)} %`, target: '≥ 50 %', ok: ratio >= 0.5 },
          { measure: `${label}: import peak memory`, value: `${result.peakRssMb.toFixed(0)} MB`, target: '< 300 MB', ok: result.peakRssMb < 300 },
        );
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
