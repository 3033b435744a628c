import { renderMarkdown } from '../pdf/pdf-markdown';
import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { dateText, shortDate, statusColour, words } from './format';
import type { PackageSection } from './section';

/** Section 6: the policy register (version, approver, approval, next review, content hash). */
export const policyRegisterSection: PackageSection = {
  id: 'policy-register',
  number: '6',
  title: 'Policy register',
  tocEntries: () => 0,
  async render({ pdf, data }) {
    pdf.text('The policies in force for the system, each with its approved version and the SHA-256 of that version’s text. The full text of each policy is in appendix A.', { color: COLOURS.muted });
    if (data.policies === null || data.policies.length === 0) {
      pdf.callout(
        'empty',
        'Nothing recorded yet',
        'No policies have been adopted in this engagement. Step 3 creates them from the template set with the organisation’s details filled in, records approvals and review dates, and they are listed here.',
      );
      return;
    }
    await new PdfTable(pdf, [
      { header: 'Policy', weight: 2.2 },
      { header: 'Version', weight: 0.55, align: 'right' },
      { header: 'Approver', weight: 1.7 },
      { header: 'Approved', weight: 0.95 },
      { header: 'Next review', weight: 0.95 },
      { header: 'Status', weight: 0.85, color: statusColour },
      { header: 'SHA-256 of the text', weight: 3.9, role: 'mono', minChars: 32 },
    ]).rows(data.policies.map((p) => [`${p.ref} ${p.title}`, p.version, p.approver, shortDate(p.approvedOn), shortDate(p.nextReview), words(p.status), p.sha256]));
  },
};

/** Appendix A: each policy's full text, one contents entry per policy. */
export const policyTextAppendix: PackageSection = {
  id: 'policy-text',
  number: 'A',
  title: 'Appendix A: policies in full',
  tocEntries: (data) => data.policies?.length ?? 0,
  async render({ pdf, data, checkpoint }) {
    if (data.policies === null || data.policies.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'The full text of each adopted policy appears here once policies are adopted in step 3.');
      return;
    }
    for (const [index, policy] of data.policies.entries()) {
      if (index > 0) pdf.addPage();
      pdf.subsection(`${policy.ref} ${policy.title} (version ${policy.version})`, { toc: true });
      pdf.text(`Approved by ${policy.approver || '—'} on ${dateText(policy.approvedOn)} · SHA-256 ${policy.sha256}`, { size: 7.5, color: COLOURS.muted });
      renderMarkdown(pdf, policy.markdown, { skipFirstHeading: true });
      await checkpoint();
    }
  },
};
