import fs from 'node:fs';
import path from 'node:path';
import { PackagePdf } from '../package/pdf/package-pdf';
import { PdfTable } from '../package/pdf/pdf-table';
import { TextGuard } from '../package/pdf/text-guard';
import { COLOURS, TYPE } from '../package/pdf/theme';
import { yieldToEventLoop } from '../jobs/job-runner';
import type { CheckResult, VerificationReport } from './verification-report';

/** What the reviewer knows about the file besides the report itself (absent when it could not be read). */
export interface ReportContext {
  organisationName: string | null;
  workspaceId: string | null;
  seal: { version: number; fingerprint: string; sealedAt: string } | null;
  activityHead: { seq: number; hash: string } | null;
}

const STATUS_WORDS: Record<CheckResult['status'], string> = { passed: 'Passed', failed: 'Failed', 'not-applicable': 'Not applicable' };

function statusColour(value: string): string | undefined {
  if (value === 'Passed') return COLOURS.ok;
  if (value === 'Failed') return COLOURS.danger;
  return COLOURS.muted;
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes.toLocaleString('en-GB')} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`;
}

/**
 * The verification report as a PDF for the auditor's working papers: what file (name, size,
 * SHA-256), when and by whom, each check with what it establishes, what it covered and its result,
 * and every individual failure. Set in the package's type and fonts (embedded); the file's SHA-256 is
 * in every footer, so each page names the exact file it speaks about. Same report, same bytes.
 */
export async function renderVerificationReportPdf(report: VerificationReport, context: ReportContext, filePath: string): Promise<{ pages: number; bytes: number }> {
  const guard = new TextGuard();
  const pdf = new PackagePdf({
    paper: 'a4',
    date: new Date(report.verifiedAt),
    title: `Verification report — ${report.fileName}`,
    author: report.verifiedBy,
    subject: `Verification of the SOC 2 Workbench workspace ${report.fileName}`,
    keywords: `SOC 2, verification, SHA-256 ${report.fileSha256}`,
    creator: `SOC 2 Workbench ${report.appVersion}`,
    headerLeft: `Verification report — ${report.fileName}`,
    headerRight: `Verified ${report.verifiedAt.slice(0, 10)} by ${report.verifiedBy}`,
    fingerprint: report.fileSha256,
    fingerprintLabel: 'SHA-256 of the verified file',
    versionLabel: 'Verification report',
    guard,
  });

  pdf.addPage();
  pdf.doc.save().rect(0, 0, pdf.doc.page.width, 10).fill(COLOURS.accent).restore();
  pdf.y = 70;
  pdf.put('SOC 2 WORKBENCH · WORKSPACE VERIFICATION', pdf.left, pdf.y, 'bold', TYPE.small + 0.5, COLOURS.accent);
  pdf.space(24);
  pdf.text([{ text: 'Verification report', role: 'bold' }], { size: TYPE.title, leading: 1.2, gapAfter: 4 });
  pdf.text(report.fileName, { size: 13, color: COLOURS.muted, gapAfter: 18 });

  const failed = report.checks.filter((check) => check.status === 'failed');
  if (report.overall === 'passed') {
    pdf.callout('ok', 'Every check passed.', 'The file is a well-formed workspace, and everything it records that can be verified (see each check below) is as it was written.');
  } else if (!report.browsable) {
    pdf.callout('warn', `${failed.length} check${failed.length === 1 ? '' : 's'} failed: the file could not be read safely.`, 'The checks stopped at the file’s structure, so its content was not examined. Ask the sender for a fresh copy.');
  } else {
    const items = failed.reduce((sum, check) => sum + check.failures.length, 0);
    pdf.callout('warn', `${failed.length} check${failed.length === 1 ? '' : 's'} failed, with ${items} individual failure${items === 1 ? '' : 's'} listed below.`, 'Nothing was repaired. The items listed below cannot be relied on as received; everything else was checked and holds.');
  }

  const rows: [string, string][] = [
    ['File', report.fileName],
    ['SHA-256 of the file', report.fileSha256],
    ['Size', sizeText(report.fileSizeBytes)],
    ['Verified', `${report.verifiedAt.slice(0, 19).replace('T', ' ')} UTC`],
    ['Verified by', report.verifiedBy],
    ['App version', `SOC 2 Workbench ${report.appVersion}`],
  ];
  if (context.organisationName) rows.push(['Organisation', context.organisationName]);
  if (context.workspaceId) rows.push(['Workspace ID', context.workspaceId]);
  rows.push(['Sealed version', context.seal ? `Seal ${context.seal.version} of ${context.seal.sealedAt.slice(0, 10)}, fingerprint ${context.seal.fingerprint}` : report.browsable ? 'Not sealed' : 'Unknown (the file could not be read)']);
  if (context.activityHead) rows.push(['Activity-log head', `Entry ${context.activityHead.seq}, hash ${context.activityHead.hash}`]);
  pdf.keyValues(rows, { labelWidth: 130 });

  pdf.subsection('Summary of the checks');
  const checkpoint = () => yieldToEventLoop();
  await new PdfTable(pdf, [
    { header: 'Check', weight: 3 },
    { header: 'Result', weight: 1.2, color: statusColour },
    { header: 'What was covered', weight: 4 },
    { header: 'Failures', weight: 0.9, align: 'right' },
  ], { checkpoint }).rows(report.checks.map((check) => [check.title, STATUS_WORDS[check.status], check.covered, String(check.failures.length)]));

  pdf.text(
    [
      { text: 'Recompute the file’s SHA-256 with any standard tool (for example ' },
      { text: 'sha256sum', role: 'mono' },
      { text: ', ' },
      { text: 'shasum -a 256', role: 'mono' },
      { text: ' or ' },
      { text: 'certutil -hashfile <file> SHA256', role: 'mono' },
      { text: ') and compare it with the value above. The same checks run from the command line: ' },
      { text: 'npm run soc2 -- verify <file>', role: 'mono' },
      { text: '. This report records what was checked; it is not an opinion on the controls.' },
    ],
    { size: TYPE.small + 0.5, color: COLOURS.muted },
  );

  pdf.section('The checks one by one', null);
  for (const check of report.checks) {
    pdf.subsection(`${check.title} — ${STATUS_WORDS[check.status]}`);
    pdf.text(check.description, { gapAfter: 3 });
    pdf.text([{ text: 'Covered: ', role: 'bold' }, { text: check.covered }], { color: COLOURS.muted });
    if (check.failures.length > 0) {
      await new PdfTable(pdf, [
        { header: 'What failed', weight: 2 },
        { header: 'Problem', weight: 5 },
      ], { checkpoint }).rows(check.failures.map((failure) => [failure.subject, failure.problem]));
    }
  }

  const output = fs.createWriteStream(filePath);
  try {
    const pages = await pdf.finish(output);
    return { pages, bytes: fs.statSync(filePath).size };
  } catch (error) {
    output.destroy();
    fs.rmSync(filePath, { force: true });
    throw error;
  }
}

/** "acme.soc2" → "acme verification report.pdf" in `folder`, numbered so that an earlier report is never replaced. */
export function defaultReportPath(folder: string, fileName: string): string {
  const base = `${path.basename(fileName, path.extname(fileName))} verification report`;
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${base}${n === 1 ? '' : ` ${n}`}.pdf`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
