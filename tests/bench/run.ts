import { fromLines, type Benchmark, type BenchRow } from './bench-types';
import { controlsTableBenchmark } from './controls.bench';
import { evidenceImportBenchmark } from './evidence-import.bench';
import { openLargeWorkspaceBenchmark } from './open-large-workspace.bench';
import { runPackageBench } from './package.bench';

/**
 * `npm run bench [-- <name>…]`: runs the benchmarks (all, or those named) one after the other and
 * prints one table. Exit code 1 when a target is missed, so a script can gate on it. Add a benchmark:
 * a module exporting a `Benchmark` (or a function returning sentences, wrapped with `fromLines`),
 * listed below.
 */
const BENCHMARKS: readonly Benchmark[] = [
  evidenceImportBenchmark,
  controlsTableBenchmark,
  openLargeWorkspaceBenchmark,
  fromLines('package', 'auditor package of the demo and of a large engagement, next to a pdfkit baseline', runPackageBench),
];

function table(rows: (BenchRow & { bench: string })[]): string {
  const header = ['benchmark', 'measure', 'value', 'target', 'result'];
  const cells = rows.map((row) => [row.bench, row.measure, row.value, row.target, row.ok === null ? '' : row.ok ? 'ok' : 'MISSED']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHMARKS.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`usage: unknown benchmark ${unknown.join(', ')} (have: ${BENCHMARKS.map((b) => b.name).join(', ')})\n`);
    process.exit(2);
  }
  const chosen = wanted.length === 0 ? BENCHMARKS : BENCHMARKS.filter((bench) => wanted.includes(bench.name));
  const rows: (BenchRow & { bench: string })[] = [];
  for (const bench of chosen) {
    process.stderr.write(`\n== ${bench.name}: ${bench.description}\n`);
    const started = Date.now();
    for (const row of await bench.run((line) => process.stderr.write(`   ${line}\n`))) rows.push({ ...row, bench: bench.name });
    process.stderr.write(`   (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  process.stdout.write(`\n${table(rows)}\n`);
  process.exitCode = rows.some((row) => row.ok === false) ? 1 : 0;
}

void main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
