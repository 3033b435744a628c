import type { PackageData } from '../data/package-data';
import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { statusColour, words } from './format';
import type { PackageSection } from './section';

export interface ControlMatrixRow {
  ref: string;
  title: string;
  owner: string;
  frequency: string;
  nature: string;
  automation: string;
  key: string;
  criteria: string;
  policies: string;
  evidence: string;
  testResult: string;
  status: string;
}

/** One row per control (retired ones last, with their reason): shared by the PDF and control-matrix.csv. */
export function controlMatrixRows(data: PackageData): ControlMatrixRow[] {
  const evidenceCount = new Map<string, number>();
  for (const item of data.evidence ?? []) for (const ref of item.controls) evidenceCount.set(ref, (evidenceCount.get(ref) ?? 0) + 1);
  const tests = new Map((data.readinessTests ?? []).map((t) => [t.control, t]));
  const controls = [...(data.controls ?? [])].sort((a, b) => Number(a.retired) - Number(b.retired));
  return controls.map((c) => ({
    ref: c.ref,
    title: c.title,
    owner: c.owner,
    frequency: words(c.frequency),
    nature: words(c.nature),
    automation: words(c.automation),
    key: c.key ? 'Key' : '',
    criteria: c.criteria.join(', '),
    policies: c.policies.join(', '),
    evidence: data.evidence === null ? 'n/a' : String(evidenceCount.get(c.ref) ?? 0),
    testResult: data.readinessTests === null ? 'Not recorded' : tests.has(c.ref) ? words(tests.get(c.ref)!.result) : 'Not tested',
    status: c.retired ? `Retired: ${c.retiredReason}` : words(c.status),
  }));
}

/** Section 4: the control matrix. */
export const controlMatrixSection: PackageSection = {
  id: 'control-matrix',
  number: '4',
  title: 'Control matrix',
  tocEntries: () => 0,
  async render({ pdf, data, checkpoint }) {
    pdf.text(
      'Each control of the engagement: owner, frequency, nature and automation, the criteria it addresses, linked policies, how many evidence items support it, and the result of internal readiness testing (not the auditor’s test results).',
      { color: COLOURS.muted },
    );
    const rows = controlMatrixRows(data);
    if (rows.length === 0) {
      pdf.callout(
        'empty',
        'Nothing recorded yet',
        'No controls have been adopted in this engagement. Adopt controls from the library in step 3 (or write your own); each then appears here with its owner, frequency and evidence.',
      );
      return;
    }
    await new PdfTable(
      pdf,
      [
        { header: 'Control', weight: 0.95, role: 'bold' },
        { header: 'Title and owner', weight: 3.1 },
        { header: 'Frequency, nature, automation', weight: 1.7 },
        { header: 'Criteria', weight: 1.1 },
        { header: 'Policies', weight: 1.05 },
        { header: 'Evidence, internal test', weight: 1.3, color: statusColour },
        { header: 'Status', weight: 1.15, color: statusColour },
      ],
      { checkpoint, size: 7 },
    ).rows(
      rows.map((r) => [
        r.key ? `${r.ref}\nKey control` : r.ref,
        `${r.title}\nOwner: ${r.owner || 'not assigned'}`,
        `${r.frequency}\n${r.nature}\n${r.automation}`,
        r.criteria,
        r.policies,
        `${r.testResult}\n${data.evidence === null ? 'Evidence not recorded' : `${r.evidence} evidence item${r.evidence === '1' ? '' : 's'}`}`,
        r.status,
      ]),
    );
  },
};
