import { CATEGORY_NAMES, CATEGORY_ORDER } from '../../scope/in-scope';
import type { PackageData } from '../data/package-data';
import { PdfTable } from '../pdf/pdf-table';
import { COLOURS } from '../pdf/theme';
import { words } from './format';
import type { PackageSection } from './section';

export interface CoverageRow {
  criterion: string;
  series: string;
  summary: string;
  controls: string;
  assessment: string;
}

/**
 * Every in-scope criterion → the controls that address it, or "Not applicable: reason". Shared by the
 * PDF section and the criteria-coverage CSV. Before any control is adopted, the library controls that
 * map to the criterion are shown, clearly marked as not adopted, so the matrix is useful from day one
 * without claiming coverage that does not exist.
 */
export function coverageRows(data: PackageData): CoverageRow[] {
  const assessments = new Map((data.assessments ?? []).map((a) => [a.criterionId, a]));
  const seriesNames = new Map(data.catalog.series.map((s) => [s.id, s.name]));
  const adopted = (data.controls ?? []).filter((c) => !c.retired);
  return data.criteria.map((criterion) => {
    const assessment = assessments.get(criterion.id);
    let controls: string;
    if (assessment?.status === 'not-applicable') {
      controls = `Not applicable: ${assessment.naReason}`;
    } else {
      const mapped = adopted.filter((c) => c.criteria.includes(criterion.id));
      if (mapped.length > 0) {
        controls = mapped.map((c) => `${c.ref} ${c.title} (${words(c.status).toLowerCase()})`).join('\n');
      } else {
        const library = data.catalog.controls.filter((c) => c.criteria.includes(criterion.id)).map((c) => c.id);
        controls = library.length > 0 ? `No control adopted. Library controls that address it: ${library.join(', ')}` : 'No control adopted.';
      }
    }
    return {
      criterion: criterion.id,
      series: `${criterion.series} ${seriesNames.get(criterion.series) ?? ''}`.trim(),
      summary: criterion.summary,
      controls,
      assessment: assessment ? words(assessment.status) : 'Not assessed',
    };
  });
}

/** Section 3: the criteria coverage matrix, one table per category in scope. */
export const criteriaCoverageSection: PackageSection = {
  id: 'criteria-coverage',
  number: '3',
  title: 'Criteria coverage matrix',
  tocEntries: () => 0,
  async render({ pdf, data, checkpoint }) {
    pdf.text(
      'Every Trust Services Criterion in scope, with the controls that address it and the gap-analysis status. Criteria are identified by their AICPA reference; the one-line summaries are this product’s own wording.',
      { color: COLOURS.muted },
    );
    if (data.controls === null || data.controls.length === 0) {
      pdf.callout('empty', 'No controls adopted yet', 'Controls are adopted in steps 2 and 3. Until then each criterion lists the library controls that address it, marked as not adopted.');
    }
    const rows = coverageRows(data);
    const byId = new Map(data.criteria.map((c) => [c.id, c]));
    for (const category of CATEGORY_ORDER) {
      const inCategory = rows.filter((row) => byId.get(row.criterion)?.category === category);
      if (inCategory.length === 0) continue;
      pdf.subsection(category === 'security' ? 'Security (common criteria CC1–CC9)' : CATEGORY_NAMES[category]);
      await new PdfTable(
        pdf,
        [
          { header: 'Criterion', weight: 0.8, role: 'bold' },
          { header: 'What it asks for (summary)', weight: 3.2 },
          { header: 'Controls', weight: 3.4 },
          { header: 'Gap analysis', weight: 1.1, color: (v) => (v === 'Met' ? COLOURS.ok : v === 'Gap' ? COLOURS.danger : v === 'Partially met' ? COLOURS.warn : COLOURS.muted) },
        ],
        { checkpoint },
      ).rows(inCategory.map((row) => [row.criterion, row.summary, row.controls, row.assessment]));
    }
  },
};
