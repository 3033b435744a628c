import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { PackageResultView } from '../api/audit-types';
import { ApiError } from '../api/errors';
import type { JobContext } from '../jobs/job-runner';
import { yieldToEventLoop } from '../jobs/job-runner';
import { APP_VERSION } from '../paths';
import { computeChecklist } from '../seal/checklist';
import type { Workspace } from '../../db/workspace';
import type { PaperSize } from '../../db/queries/seals';
import type { EvidenceSource } from './data/evidence-source';
import { loadPackageData } from './data/load-package-data';
import type { PackageData } from './data/package-data';
import { laterStepReaders } from './data/read-later-steps';
import { renderPackagePdf } from './pdf/render-package-pdf';
import { PAPER } from './pdf/theme';
import type { PackageInfo } from './sections/section';
import { packageBaseName } from './zip/entry-names';
import { planPackage } from './zip/package-plan';
import { writeZip } from './zip/zip-writer';

export interface BuildPackageOptions {
  content: Workspace;
  log: Database.Database;
  logUpTo: number | null;
  evidence: EvidenceSource;
  outDir: string;
  paper: PaperSize;
  generatedAt: Date;
  /** Set when building a sealed version (from its snapshot). */
  seal: (NonNullable<PackageInfo['seal']> & { manifest: string }) | null;
  job: Pick<JobContext, 'progress' | 'throwIfCancelled' | 'signal'>;
}

/** Progress is reported on one scale: reading 0–5 %, the ZIP 5–70 % (by bytes), the PDF 70–100 % (by section, two passes). */
const SCALE = 1000;

/**
 * Builds the package: the ZIP (evidence, CSV tables, drafts, manifest.json) first, because the
 * fingerprint the PDF prints is the SHA-256 of its manifest; then the PDF. Both are written under
 * temporary names and renamed into place only when complete, so a failed or cancelled build leaves
 * nothing half-written behind.
 */
export async function buildPackage(options: BuildPackageOptions): Promise<PackageResultView> {
  options.job.progress(0, SCALE, 'Reading the workspace');
  const data = loadPackageData({ content: options.content, log: options.log, logUpTo: options.logUpTo, evidence: options.evidence });
  return writePackage({
    data,
    evidence: options.evidence,
    populationRows: (ref) => options.content.read((db) => laterStepReaders.populationRows(db, ref)),
    outDir: options.outDir,
    paper: options.paper,
    generatedAt: options.generatedAt,
    seal: options.seal,
    job: options.job,
  });
}

export interface WritePackageOptions extends Pick<BuildPackageOptions, 'evidence' | 'outDir' | 'paper' | 'generatedAt' | 'seal' | 'job'> {
  data: PackageData;
  populationRows: (ref: string) => Iterable<string[]> | null;
}

/** Writes the ZIP and then the PDF for data already read (the benchmark feeds it a synthetic engagement). */
export async function writePackage(options: WritePackageOptions): Promise<PackageResultView> {
  const { job, data } = options;
  const generatedAt = options.generatedAt.toISOString();
  const checklist = computeChecklist(data, generatedAt.slice(0, 10));
  const versionLabel = options.seal ? `Seal ${options.seal.version}` : 'Working draft (not sealed)';
  const base = packageBaseName(data.engagement.organisationName, options.seal ? `seal ${options.seal.version}` : `draft ${generatedAt.slice(0, 10)}`);
  const zipName = `${base}.zip`;
  const pdfName = `${base}.pdf`;
  await yieldToEventLoop();
  job.throwIfCancelled();

  const plan = planPackage({
    data,
    checklist,
    evidence: options.evidence,
    populationRows: options.populationRows,
    generatedAt,
    versionLabel,
    seal: options.seal ? { version: options.seal.version, fingerprint: options.seal.fingerprint, activityHead: { seq: options.seal.activitySeq, hash: options.seal.activityHash } } : null,
    sealManifest: options.seal?.manifest ?? null,
    zipName,
  });

  fs.mkdirSync(options.outDir, { recursive: true });
  const zipPath = path.join(options.outDir, zipName);
  const pdfPath = path.join(options.outDir, pdfName);
  const partial = (name: string) => path.join(options.outDir, `.${name}.partial`);
  const cancelled = () => new ApiError('CANCELLED', 'Cancelled. No package files were written.');

  job.progress(50, SCALE, 'Writing the ZIP');
  let zipBytes: number;
  try {
    zipBytes = await writeZip(partial(zipName), plan.entries, {
      mtime: options.generatedAt,
      signal: options.job.signal,
      onProgress: (bytes) => job.progress(50 + Math.floor((650 * Math.min(bytes, plan.totalBytes)) / Math.max(1, plan.totalBytes)), SCALE, 'Writing the ZIP'),
    });
  } catch (error) {
    if (job.signal.aborted) throw cancelled();
    throw error;
  }

  const info: PackageInfo = {
    versionLabel,
    seal: options.seal ? { version: options.seal.version, fingerprint: options.seal.fingerprint, sealedAt: options.seal.sealedAt, activitySeq: options.seal.activitySeq, activityHash: options.seal.activityHash } : null,
    generatedAt,
    fingerprint: plan.fingerprint,
    paperLabel: PAPER[options.paper].label,
    zipName,
    zipFiles: plan.manifest.files.length + 1,
    withheld: plan.withheld,
    checklist,
    appVersion: APP_VERSION,
  };
  let pdf;
  try {
    pdf = await renderPackagePdf({
      data,
      info,
      paper: options.paper,
      date: options.generatedAt,
      filePath: partial(pdfName),
      checkpoint: async () => {
        await yieldToEventLoop();
        if (job.signal.aborted) throw cancelled();
      },
      onSection: (index, count, title, pass) =>
        job.progress(700 + Math.floor((150 * (index + (pass === 'draw' ? count : 0))) / count), SCALE, pass === 'measure' ? `Laying out the PDF: ${title}` : `Writing the PDF: ${title}`),
    });
  } catch (error) {
    fs.rmSync(partial(zipName), { force: true });
    fs.rmSync(partial(pdfName), { force: true });
    if (job.signal.aborted) throw cancelled();
    throw error;
  }
  fs.renameSync(partial(zipName), zipPath);
  fs.renameSync(partial(pdfName), pdfPath);
  job.progress(SCALE, SCALE, 'Done');
  return {
    folder: options.outDir,
    pdfPath,
    zipPath,
    fingerprint: plan.fingerprint,
    versionLabel,
    pages: pdf.pages,
    files: info.zipFiles,
    zipBytes,
    pdfBytes: pdf.bytes,
    withheld: plan.withheld.map((item) => ({ ref: item.ref, fileName: item.fileName })),
    unsupportedCharacters: pdf.unsupported,
    generatedAt,
  };
}

