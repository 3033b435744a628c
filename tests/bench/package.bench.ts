import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { buildDemoWorkspace } from '../../core/demo/build-demo';
import { writePackage } from '../../core/package/build-package';
import { fontPath } from '../../core/package/pdf/fonts';
import { buildDraftPackage } from '../../core/seal/package-versions';
import { openWorkspace } from '../../db/open-workspace';
import { syntheticEngagement } from './synthetic-engagement';

/**
 * Package generation speed (issue 7): the demo package, and a large engagement (all 61 criteria, 150
 * controls, 3 000 evidence items, 20 000 population rows, 2 000 samples), each in well under 10 s; next
 * to a pdfkit baseline that writes the same number of plain pages in the same run, so the figure can
 * be judged on any machine. Peak memory is sampled to show it does not grow with the evidence.
 */

const job = { signal: new AbortController().signal, progress: () => {}, throwIfCancelled: () => {} };

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Highest resident memory seen while `body` runs (sampled every 20 ms). */
async function withPeakMemory<T>(body: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await body();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** pdfkit alone: the same number of pages of plain text, same fonts, no layout logic. */
async function baseline(pages: number, file: string): Promise<number> {
  const start = process.hrtime.bigint();
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  doc.registerFont('sans', fontPath('sans'));
  const done = new Promise<void>((resolve) => doc.pipe(fs.createWriteStream(file)).on('finish', () => resolve()));
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    doc.font('sans').fontSize(8);
    for (let line = 0; line < 60; line++) doc.text(`Page ${p + 1}, line ${line + 1}: plain text of about the length of a table row in the package.`, 54, 60 + line * 12, { lineBreak: false });
  }
  doc.end();
  await done;
  return seconds(start);
}

export interface PackageBenchResult {
  name: string;
  lines: string[];
  ok: boolean;
}

export async function runPackageBench(): Promise<PackageBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-bench-package-'));
  try {
    const demoFile = buildDemoWorkspace({ outDir: dir });
    const workspace = openWorkspace(demoFile, { actor: 'bench', readOnly: true });
    let start = process.hrtime.bigint();
    const demo = await buildDraftPackage(workspace, { paper: 'a4', outDir: path.join(dir, 'demo'), job });
    const demoSeconds = seconds(start);
    workspace.close();

    const large = syntheticEngagement();
    start = process.hrtime.bigint();
    const measured = await withPeakMemory(() =>
      writePackage({ data: large.data, evidence: large.evidence, populationRows: large.populationRows, outDir: path.join(dir, 'large'), paper: 'a4', generatedAt: new Date('2027-01-05T00:00:00Z'), seal: null, job }),
    );
    const largeSeconds = seconds(start);
    const result = measured.value;
    const baseSeconds = await baseline(result.pages, path.join(dir, 'baseline.pdf'));
    const limit = 10;
    const lines = [
      `demo package: ${demoSeconds.toFixed(2)} s (${demo.pages} pages, ${demo.files} files in the ZIP)`,
      `large engagement: ${largeSeconds.toFixed(2)} s (${result.pages} pages; ZIP ${(result.zipBytes / 1024 / 1024).toFixed(1)} MB with ${large.data.evidence!.length} evidence items of ${(large.evidenceBytes / 1024 / 1024).toFixed(1)} MB, ${large.data.populations!.reduce((s, p) => s + p.rowCount, 0)} population rows, ${large.data.samples!.reduce((s, x) => s + x.items.length, 0)} sampled items), peak memory ${measured.peakMb} MB`,
      `pdfkit baseline, ${result.pages} plain pages: ${baseSeconds.toFixed(2)} s (the package takes ${(largeSeconds / baseSeconds).toFixed(1)}× the time of writing its pages with nothing else)`,
    ];
    return { name: 'package', lines, ok: demoSeconds < limit && largeSeconds < limit };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runPackageBench().then((result) => {
    console.log(`Benchmark: ${result.name}`);
    for (const line of result.lines) console.log(`  ${line}`);
    if (!result.ok) process.exitCode = 1;
  });
}
