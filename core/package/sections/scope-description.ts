import { renderMarkdown } from '../pdf/pdf-markdown';
import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { categoriesText, dateText, orDash, periodText, reportTypeText, words } from './format';
import type { PackageSection } from './section';

function draftNote(edited: boolean, savedBy: string | null, savedAt: string | null): string {
  return edited
    ? `Kept by ${savedBy ?? 'management'} on ${dateText(savedAt)} after review.`
    : 'Generated from the workspace and not yet reviewed by management: edit and keep it in step 5 before relying on it.';
}

/** Section 2: the scope record, management's draft assertion, the draft description (DC1–DC9), CUECs and subservice organisations. */
export const scopeDescriptionSection: PackageSection = {
  id: 'scope-description',
  number: '2',
  title: 'Scope, management’s assertion and system description',
  tocEntries: () => 0,
  async render({ pdf, data }) {
    const e = data.engagement;
    pdf.subsection('Scope');
    const scope = data.scope;
    pdf.keyValues([
      ['Organisation', e.organisationName],
      ['System', orDash(e.systemName)],
      ['Report', `${reportTypeText(e)} — ${periodText(e)}`],
      ['Categories', categoriesText(e)],
      ['Criteria in scope', `${data.criteria.length}`],
      ['CPA firm', orDash(e.cpaFirm)],
      ['Services', orDash(scope?.services)],
      ['Locations', orDash(scope?.locations)],
      ['Headcount', scope?.headcount === null || scope?.headcount === undefined ? '—' : String(scope.headcount)],
      ['Security owner', orDash(scope?.securityOwner)],
      ['Target fieldwork', orDash(scope?.targetFieldwork)],
    ]);

    pdf.subsection('Management’s assertion (draft)');
    pdf.callout('note', 'Management’s statement, not the auditor’s', draftNote(data.drafts.assertion.edited, data.drafts.assertion.savedBy, data.drafts.assertion.savedAt));
    renderMarkdown(pdf, data.drafts.assertion.text);

    pdf.subsection('System description (draft, DC1–DC9)');
    pdf.callout('note', 'Description criteria DC 200', draftNote(data.drafts.description.edited, data.drafts.description.savedBy, data.drafts.description.savedAt));
    renderMarkdown(pdf, data.drafts.description.text, { skipFirstHeading: true });

    pdf.subsection('In-scope system components');
    if (!scope || scope.components.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No system components are listed. Step 1 holds the in-scope inventory: infrastructure, applications, databases and the services they rely on.');
    } else {
      await new PdfTable(pdf, [
        { header: 'Component', weight: 2.4 },
        { header: 'Type', weight: 1.2 },
        { header: 'Environment', weight: 1.2 },
        { header: 'Owner', weight: 1.6 },
        { header: 'Data', weight: 1.2 },
      ]).rows(scope.components.map((c) => [c.name, words(c.type), words(c.environment), c.owner, words(c.dataClassification)]));
    }

    pdf.subsection('Complementary user entity controls (CUECs)');
    if (!scope || scope.cuecs.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No CUECs are listed. Step 1 records the controls customers are expected to operate for the service’s commitments to hold; many systems have a few.');
    } else {
      await new PdfTable(pdf, [
        { header: 'Control the customer is expected to operate', weight: 5 },
        { header: 'Criteria', weight: 1.6 },
      ]).rows(scope.cuecs.map((c) => [c.control, c.criteria.join(', ')]));
    }

    pdf.subsection('Subservice organisations and CSOCs');
    if (!scope || scope.subservice.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No subservice organisations are listed. Step 1’s vendor register marks the providers whose controls the system depends on, with the carve-out or inclusive method.');
    } else {
      await new PdfTable(pdf, [
        { header: 'Organisation and service', weight: 2.2 },
        { header: 'Method', weight: 1 },
        { header: 'Own SOC report', weight: 1.6 },
        { header: 'Complementary subservice organisation controls', weight: 4 },
      ]).rows(
        scope.subservice.map((s) => [
          s.service ? `${s.name}\n${s.service}` : s.name,
          s.method ? words(s.method) : 'Not chosen',
          s.socReport === 'none' ? 'None recorded' : `${words(s.socReport)}${s.socPeriod ? `\n${s.socPeriod}` : ''}`,
          s.csocs.length === 0 ? '—' : s.csocs.map((c) => `• ${c.control}${c.criteria.length ? ` (${c.criteria.join(', ')})` : ''}`).join('\n'),
        ]),
      );
    }
    pdf.text('Readers of the report rely on these complementary controls operating alongside the organisation’s own.', { size: 7.5, color: COLOURS.muted });
  },
};
