import type { CoverageRowView, CoverageView, ControlImplementationView } from '../api/control-types';
import type { AssessmentStatus } from '../api/gap-types';
import type { CategoryId } from '../api/types';
import type { Criterion } from '../catalog/catalog-schema';
import { inScopeCriteria } from '../scope/in-scope';

/**
 * The criteria coverage matrix: every in-scope criterion with the controls mapped to it. A criterion is
 * covered once a mapped, not retired control is implemented; "in progress" when controls are mapped
 * but none is implemented yet; "uncovered" with no control at all; "not applicable" when step 2 says
 * so (with its reason). Computed from the tables every time, so a new mapping shows at once.
 */
export function buildCoverage(
  criteria: readonly Criterion[],
  categories: readonly CategoryId[],
  assessments: ReadonlyMap<string, { status: AssessmentStatus; naReason: string }>,
  controls: readonly Pick<ControlImplementationView, 'id' | 'ref' | 'title' | 'implementationStatus' | 'key' | 'retired' | 'criteria'>[],
): CoverageView {
  const counts: CoverageView['counts'] = { covered: 0, 'in-progress': 0, uncovered: 0, 'not-applicable': 0 };
  const rows = inScopeCriteria(criteria, categories).map((criterion): CoverageRowView => {
    const assessment = assessments.get(criterion.id);
    const mapped = controls
      .filter((control) => !control.retired && control.criteria.includes(criterion.id))
      .map((control) => ({ id: control.id, ref: control.ref, title: control.title, implementationStatus: control.implementationStatus, key: control.key }));
    const state: CoverageRowView['state'] =
      assessment?.status === 'not-applicable' ? 'not-applicable' : mapped.some((control) => control.implementationStatus === 'implemented') ? 'covered' : mapped.length > 0 ? 'in-progress' : 'uncovered';
    counts[state] += 1;
    return {
      criterionId: criterion.id,
      series: criterion.series,
      category: criterion.category,
      summary: criterion.summary,
      assessment: assessment?.status ?? 'not-assessed',
      naReason: assessment?.naReason ?? '',
      controls: mapped,
      state,
    };
  });
  return { rows, counts };
}
