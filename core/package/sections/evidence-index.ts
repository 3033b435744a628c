import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { bytesText, shortDate } from './format';
import type { PackageSection } from './section';

/** Section 7: the evidence index, with the SHA-256 of every file. */
export const evidenceIndexSection: PackageSection = {
  id: 'evidence-index',
  number: '7',
  title: 'Evidence index',
  tocEntries: () => 0,
  async render({ pdf, data, info, checkpoint }) {
    pdf.text(
      `Every evidence item with the controls and criteria it supports and the SHA-256 of its content. The files are in ${info.zipName}, one folder per control; each file’s hash is also listed in manifest.json.`,
      { color: COLOURS.muted },
    );
    const evidence = data.evidence;
    if (evidence === null || evidence.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No evidence has been added to this workspace. Step 4 takes files of any type and size, hashes them on the way in and links them to controls; they are listed here.');
      return;
    }
    if (info.withheld.length > 0) {
      pdf.callout(
        'warn',
        `${info.withheld.length} item${info.withheld.length > 1 ? 's' : ''} withheld`,
        'Items flagged for redaction are listed with their hash but their files are left out of the ZIP; provide a redacted copy to the auditor separately.',
      );
    }
    await new PdfTable(
      pdf,
      [
        { header: 'ID', weight: 0.75, role: 'bold' },
        { header: 'File', weight: 2.3 },
        { header: 'Controls', weight: 0.95 },
        { header: 'Criteria', weight: 0.95 },
        { header: 'As of, captured', weight: 1.05 },
        { header: 'Collector', weight: 1 },
        { header: 'Size', weight: 0.7, align: 'right' },
        { header: 'SHA-256', weight: 2.1, role: 'mono', minChars: 32 },
      ],
      { checkpoint, size: 6.8 },
    ).rows(
      evidence.map((item) => [
        item.ref,
        item.redacted ? `${item.fileName}\nWithheld: flagged for redaction` : item.fileName,
        item.controls.join(', '),
        item.criteria.join(', '),
        `${shortDate(item.asOf)}\n${shortDate(item.capturedOn)}`,
        item.collector,
        bytesText(item.sizeBytes),
        item.sha256,
      ]),
    );
  },
};
