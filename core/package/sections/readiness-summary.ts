import { barChart, stackedBar } from '../pdf/pdf-charts';
import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { CATEGORY_NAMES, CATEGORY_ORDER } from '../../scope/in-scope';
import { words } from './format';
import type { PackageSection } from './section';

const EFFECTIVE_LABEL = { pass: 'Passed', waived: 'Waived', fail: 'Open', unavailable: 'Not yet available' } as const;

/** Section 1: readiness at a glance — scores with a chart, the checklist with its waivers, open gaps and exceptions. */
export const readinessSummarySection: PackageSection = {
  id: 'readiness-summary',
  number: '1',
  title: 'Readiness summary',
  tocEntries: () => 0,
  async render({ pdf, data, info }) {
    pdf.text(
      'Where the engagement stands: design readiness (are suitable controls in place?) and operating readiness (is there evidence they operated across the period?), the readiness checklist that gates sealing, and what is still open. All figures come from internal readiness work, not from the auditor.',
      { color: COLOURS.muted },
    );

    const categories = CATEGORY_ORDER.filter((id) => id === 'security' || data.engagement.categories.includes(id));
    const scores = data.readiness;
    if (scores !== null) {
      pdf.subsection('Readiness scores');
      barChart(
        pdf,
        [
          { label: 'Overall', values: [scores.overall.design, scores.overall.operating] },
          ...categories.map((id) => {
            const found = scores.byCategory.find((c) => c.category === id);
            return { label: CATEGORY_NAMES[id], values: [found?.design ?? null, found?.operating ?? null] };
          }),
        ],
        [
          { name: 'Design readiness', color: COLOURS.accent },
          { name: 'Operating readiness', color: COLOURS.ok },
        ],
        ['Percent of the points available: design from the gap analysis and implemented controls, operating from the evidence across the period.', ...scores.notes].join(' '),
      );
    } else if (data.controls !== null || data.assessments !== null) {
      // Until the readiness scores are recorded, chart the two facts every score is built on.
      pdf.subsection('Coverage of the criteria');
      const covered = new Set((data.controls ?? []).filter((c) => !c.retired && c.status === 'implemented').flatMap((c) => c.criteria));
      const met = new Set((data.assessments ?? []).filter((a) => a.status === 'met' || a.status === 'not-applicable').map((a) => a.criterionId));
      const share = (ids: string[], set: Set<string>) => (ids.length === 0 ? null : (100 * ids.filter((id) => set.has(id)).length) / ids.length);
      const idsOf = (category: string | null) => data.criteria.filter((c) => category === null || c.category === category).map((c) => c.id);
      barChart(
        pdf,
        [{ label: 'All criteria in scope', category: null }, ...categories.map((id) => ({ label: CATEGORY_NAMES[id], category: id }))].map((row) => ({
          label: row.label,
          values: [data.controls === null ? null : share(idsOf(row.category), covered), data.assessments === null ? null : share(idsOf(row.category), met)],
        })),
        [
          { name: 'Criteria with an implemented control', color: COLOURS.accent },
          { name: 'Criteria assessed as met or not applicable', color: COLOURS.ok },
        ],
        'Share of the in-scope criteria, from the controls (steps 2–3) and the gap analysis (step 2). The design and operating readiness scores are shown here once they are computed for this workspace.',
      );
    } else {
      pdf.subsection('Readiness scores');
      pdf.callout('empty', 'Not yet available', 'Readiness is scored from the gap analysis (step 2) and the evidence (step 4). Nothing has been assessed in this workspace yet.');
    }

    pdf.subsection('Readiness checklist');
    const checklist = info.checklist;
    const count = (effective: string) => checklist.items.filter((item) => item.effective === effective).length;
    stackedBar(
      pdf,
      [
        { label: 'Passed', count: count('pass'), color: COLOURS.ok },
        { label: 'Waived', count: count('waived'), color: COLOURS.warn },
        { label: 'Open', count: count('fail'), color: COLOURS.danger },
        { label: 'Not yet available', count: count('unavailable'), color: COLOURS.border },
      ],
      checklist.readyToSeal ? 'Every item is passed or waived with a written reason.' : `${checklist.blocking} item${checklist.blocking === 1 ? ' is' : 's are'} neither passed nor waived.`,
    );
    await new PdfTable(pdf, [
      { header: 'Checklist item', weight: 3 },
      { header: 'Result', weight: 1.1, color: (value) => (value === 'Passed' ? COLOURS.ok : value === 'Open' ? COLOURS.danger : value === 'Waived' ? COLOURS.warn : COLOURS.muted) },
      { header: 'Details, and the reason where waived', weight: 4.4 },
    ]).rows(
      checklist.items.map((item) => [
        item.title,
        EFFECTIVE_LABEL[item.effective],
        item.waiver ? `${item.summary}\nWaived by ${item.waiver.by} on ${item.waiver.at.slice(0, 10)}: ${item.waiver.reason}` : item.summary,
      ]),
    );

    pdf.subsection('Open gaps and exceptions');
    const openGaps = (data.remediation ?? []).filter((r) => r.status !== 'done');
    const openExceptions = data.auditExceptions.filter((x) => x.status !== 'closed');
    const internalExceptions = data.readinessExceptions ?? [];
    pdf.keyValues([
      ['Open remediation items', data.remediation === null ? 'Not recorded in this workspace' : `${openGaps.length} (${openGaps.filter((r) => r.severity === 'high').length} high severity)`],
      ['Exceptions raised by the auditor', `${data.auditExceptions.length} (${openExceptions.length} not closed)`],
      ['Internal readiness-testing exceptions', data.readinessExceptions === null ? 'Not recorded in this workspace' : String(internalExceptions.length)],
      ['Auditor requests (PBC)', `${data.pbc.length} (${data.pbc.filter((p) => p.status === 'open' || p.status === 'in-progress').length} outstanding)`],
    ], { labelWidth: 210 });
    if (openGaps.some((r) => r.severity === 'high')) {
      await new PdfTable(pdf, [
        { header: 'Item', weight: 0.7 },
        { header: 'High-severity gap', weight: 3.5 },
        { header: 'Owner', weight: 1.3 },
        { header: 'Due', weight: 1 },
        { header: 'Status', weight: 1, color: () => COLOURS.danger },
      ]).rows(openGaps.filter((r) => r.severity === 'high').map((r) => [r.ref, r.title, r.owner, r.dueDate ?? '', words(r.status)]));
    }
  },
};
