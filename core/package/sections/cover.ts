import type { PackageData } from '../data/package-data';
import type { PackagePdf } from '../pdf/package-pdf';
import { COLOURS, TYPE } from '../pdf/theme';
import { categoriesText, dateText, orDash, periodText, reportTypeText } from './format';
import type { PackageInfo } from './section';

/**
 * The cover: who, what system, which report and period, which categories, who prepared it, when,
 * which version, and the fingerprint that ties this PDF to its ZIP.
 */
export function renderCover(pdf: PackagePdf, data: PackageData, info: PackageInfo): void {
  pdf.addPage();
  pdf.guard.section = 'Cover';
  const e = data.engagement;
  pdf.fillRect(0, 0, pdf.pageWidth, 10, COLOURS.accent);

  let y = 96;
  const preparedBy = e.preparedBy.trim();
  pdf.put('SOC 2 READINESS PACKAGE FOR THE AUDITOR', pdf.left, y, 'bold', TYPE.small + 0.5, COLOURS.accent);
  if (preparedBy) {
    const lines = pdf.wrapper.wrap(pdf.clean(`Prepared by ${preparedBy}`, 'bold'), 'bold', TYPE.small + 0.5, pdf.width / 2);
    lines.forEach((line, i) => {
      const width = pdf.wrapper.width(line, 'bold', TYPE.small + 0.5);
      pdf.put(line, pdf.left + pdf.width - width, y + i * 10, 'bold', TYPE.small + 0.5, COLOURS.muted);
    });
  }
  y += 30;
  pdf.y = y;
  pdf.text([{ text: e.organisationName, role: 'bold' }], { size: TYPE.title, leading: 1.2, gapAfter: 6 });
  pdf.text(e.systemName.trim() || 'System not named yet', { size: 14, color: COLOURS.muted, leading: 1.25, gapAfter: 22 });

  pdf.rule(COLOURS.border, 0.8);
  pdf.space(16);
  pdf.text([{ text: `${reportTypeText(e)} · ${periodText(e)}`, role: 'bold' }], { size: 11, gapAfter: 4 });
  pdf.text(`Trust Services Categories in scope: ${categoriesText(e)}`, { size: 10, color: COLOURS.muted, gapAfter: 20 });

  pdf.keyValues(
    [
      ['Organisation', e.organisationName],
      ['System', orDash(e.systemName)],
      ['Report', `${reportTypeText(e)}, ${periodText(e).charAt(0).toLowerCase()}${periodText(e).slice(1)}`],
      ['CPA firm', orDash(e.cpaFirm)],
      ['Prepared by', orDash(preparedBy)],
      ['Package version', info.versionLabel],
      ['Generated', `${dateText(info.generatedAt)} (${info.generatedAt.slice(0, 16).replace('T', ' ')} UTC)`],
      ['Paper', info.paperLabel],
    ],
    { labelWidth: 120, size: 9.5 },
  );

  pdf.space(10);
  const note = pdf.wrapper.wrap(pdf.clean(`SHA-256 of manifest.json in ${info.zipName}. The same fingerprint is printed in the footer of every page.`, 'sans'), 'sans', TYPE.small, pdf.width - 24);
  const boxTop = pdf.y;
  const boxHeight = 52 + note.length * 10 + (info.seal ? 32 : 0);
  pdf.fillRect(pdf.left, boxTop, pdf.width, boxHeight, COLOURS.accentSoft);
  pdf.fillRect(pdf.left, boxTop, 3, boxHeight, COLOURS.accent);
  let by = boxTop + 11;
  pdf.put('Package fingerprint', pdf.left + 12, by, 'bold', TYPE.body);
  by += 14;
  pdf.put(info.fingerprint, pdf.left + 12, by, 'mono', 8.4);
  by += 15;
  for (const line of note) {
    pdf.put(line, pdf.left + 12, by, 'sans', TYPE.small, COLOURS.muted);
    by += 10;
  }
  if (info.seal) {
    by += 6;
    pdf.put(`Sealed workspace snapshot (seal ${info.seal.version})`, pdf.left + 12, by, 'bold', TYPE.body);
    by += 14;
    pdf.put(info.seal.fingerprint, pdf.left + 12, by, 'mono', 8.4);
  }
  pdf.y = boxTop + boxHeight + 18;

  const notice =
    info.seal === null
      ? 'Working draft: this package was generated from the workspace as it stands and has not been sealed. Seal the workspace in step 5 to freeze a version for the auditor.'
      : `Sealed on ${dateText(info.seal.sealedAt)}: later edits to the workspace do not change this version.`;
  pdf.text(notice, { size: TYPE.small + 0.5, color: COLOURS.muted, gapAfter: 6 });
  pdf.text(
    'This package organises what management has prepared for the CPA firm’s SOC 2 examination: management’s drafts, the scope, the controls and the evidence, and the results of internal readiness testing. It is not an auditor’s report and contains no auditor’s opinion; only the CPA firm can issue the attestation report.',
    { size: TYPE.small + 0.5, color: COLOURS.muted },
  );
}
