import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { dateText, shortDate, statusColour, words } from './format';
import type { PackageSection } from './section';

const OPINION_TEXT = {
  'not-recorded': 'Not recorded',
  unmodified: 'Unmodified (as stated in the auditor’s report)',
  qualified: 'Qualified (as stated in the auditor’s report)',
  adverse: 'Adverse (as stated in the auditor’s report)',
  disclaimer: 'Disclaimer of opinion (as stated in the auditor’s report)',
} as const;

/** Section 8: exceptions and management's responses, gaps and remediation, and the fieldwork records. */
export const exceptionsGapsSection: PackageSection = {
  id: 'exceptions-gaps',
  number: '8',
  title: 'Exceptions, gaps and fieldwork',
  tocEntries: () => 0,
  async render({ pdf, data, checkpoint }) {
    pdf.subsection('Exceptions raised by the auditor, with management’s responses');
    if (data.auditExceptions.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No exceptions from the auditor are recorded. During fieldwork, record each exception the auditor raises in step 5 with management’s response.');
    } else {
      await new PdfTable(pdf, [
        { header: 'Ref.', weight: 0.7 },
        { header: 'Raised', weight: 0.9 },
        { header: 'Control', weight: 0.8 },
        { header: 'Exception', weight: 3 },
        { header: 'Severity', weight: 0.8, color: statusColour },
        { header: 'Management’s response', weight: 3 },
        { header: 'Status', weight: 0.9, color: statusColour },
      ]).rows(
        data.auditExceptions.map((x) => [
          x.reference || `E-${x.id}`,
          shortDate(x.raisedOn),
          x.controlRef,
          x.description,
          words(x.severity),
          x.managementResponse ? `${x.managementResponse}\n— ${x.respondedBy ?? ''}, ${dateText(x.respondedAt)}` : 'No response recorded yet',
          words(x.status),
        ]),
      );
    }

    pdf.subsection('Exceptions from internal readiness testing');
    if (data.readinessExceptions === null || data.readinessExceptions.length === 0) {
      pdf.callout(
        'empty',
        data.readinessExceptions === null ? 'Nothing recorded yet' : 'No exceptions found',
        data.readinessExceptions === null ? 'Internal readiness testing (step 4) records exceptions with their root cause and management’s response; they are listed here.' : 'Internal readiness testing found no exceptions.',
      );
    } else {
      await new PdfTable(pdf, [
        { header: 'Control', weight: 0.8 },
        { header: 'Exception', weight: 3 },
        { header: 'Root cause', weight: 2.2 },
        { header: 'Management’s response', weight: 3 },
      ]).rows(data.readinessExceptions.map((x) => [x.control, x.description, x.rootCause, x.managementResponse]));
    }

    pdf.subsection('Gaps and remediation');
    if (data.remediation === null || data.remediation.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No remediation items are recorded. Gaps found in step 2 become remediation items with an owner, a severity and a due date, tracked to done in step 3.');
    } else {
      const order = { high: 0, medium: 1, low: 2 } as Record<string, number>;
      const rows = [...data.remediation].sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done') || (order[a.severity] ?? 3) - (order[b.severity] ?? 3) || a.ref.localeCompare(b.ref));
      await new PdfTable(
        pdf,
        [
          { header: 'Item', weight: 0.6 },
          { header: 'Gap and remediation', weight: 3.4 },
          { header: 'Criterion', weight: 0.85 },
          { header: 'Control', weight: 0.8 },
          { header: 'Severity', weight: 0.85, color: statusColour },
          { header: 'Owner', weight: 1.3 },
          { header: 'Due', weight: 1 },
          { header: 'Status', weight: 0.95, color: statusColour },
        ],
        { checkpoint },
      ).rows(rows.map((r) => [r.ref, r.title, r.criterionId ?? '', r.control ?? '', words(r.severity), r.owner, shortDate(r.dueDate), words(r.status)]));
    }

    pdf.subsection('Auditor’s requests (PBC list)');
    if (data.pbc.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No requests are recorded. Import the auditor’s request list from CSV in step 5, or enter requests as they arrive; each gets a status, an owner, a due date and linked evidence.');
    } else {
      await new PdfTable(
        pdf,
        [
          { header: 'Ref.', weight: 0.8 },
          { header: 'Request', weight: 3.6 },
          { header: 'Owner', weight: 1.3 },
          { header: 'Due', weight: 1 },
          { header: 'Status', weight: 1, color: statusColour },
          { header: 'Evidence and notes', weight: 2.4 },
        ],
        { checkpoint },
      ).rows(
        data.pbc.map((p) => [
          p.reference || `PBC-${p.id}`,
          p.request,
          p.owner,
          shortDate(p.dueDate),
          words(p.status),
          [p.linkedEvidence.length ? `Evidence: ${p.linkedEvidence.join(', ')}` : '', p.notes].filter(Boolean).join('\n'),
        ]),
      );
    }

    pdf.subsection('Final report');
    const report = data.finalReport;
    if (!report) {
      pdf.callout('empty', 'Not received yet', 'When the CPA firm delivers its SOC 2 report, record its receipt in step 5.');
    } else {
      pdf.keyValues([
        ['Received on', dateText(report.receivedOn)],
        ['Report dated', dateText(report.reportDate)],
        ['Issued by', report.issuedBy || '—'],
        ['Opinion', OPINION_TEXT[report.opinion]],
        ['Package delivered', report.sealVersion === null ? '—' : `Seal ${report.sealVersion}`],
        ['Notes', report.notes || '—'],
      ]);
      pdf.text('The opinion is recorded as the CPA firm stated it in its report; this app never forms one.', { size: 7.5, color: COLOURS.muted });
    }
  },
};
