import type Database from 'better-sqlite3';
import { listControlImplementation } from '../../db/queries/control-implementation';
import { getEngagement, type EngagementRecord } from '../../db/queries/engagement';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { listPolicies } from '../../db/queries/policies';
import { listSystemComponents } from '../../db/queries/system-components';
import type { ControlFrequency, ControlImplementationView, ControlsStepView } from '../api/control-types';
import type { Catalog } from '../catalog/catalog-schema';
import { inScopeCriteria } from '../scope/in-scope';
import { policyRef } from '../policies/policy-ref';
import { controlRef, resolveDetails } from './control-details';
import { recommendedControls } from './recommended-set';
import { expectedOccurrences, isScheduleFrequency, schedulePeriod } from './schedule';

/** The engagement's period in words, or null while step 1 has not set it. */
export function periodText(engagement: Pick<EngagementRecord, 'reportType' | 'asOfDate' | 'periodStart' | 'periodEnd'>): string | null {
  const period = schedulePeriod(engagement);
  if (!period) return null;
  return period.reportType === 'type1' ? `Type I, as of ${period.asOf}` : `Type II, ${period.start} to ${period.end}`;
}

/** Every adopted control with its implementation details, resolved against the engagement's catalog. */
export function readControlViews(db: Database.Database, catalog: Pick<Catalog, 'controls'>): ControlImplementationView[] {
  const engagement = getEngagement(db);
  const period = schedulePeriod(engagement);
  const library = new Map(catalog.controls.map((control) => [control.id, control]));
  const details = listControlImplementation(db);
  const policies = new Map(listPolicies(db).map((policy) => [policy.id, { id: policy.id, ref: policyRef(policy), title: policy.title }]));
  const systems = new Map(listSystemComponents(db).map((system) => [system.id, { id: system.id, name: system.name }]));
  return listEngagementControls(db).map((control) => {
    const stored = details.get(control.id);
    const resolved = resolveDetails(stored, control.catalogControlId ? library.get(control.catalogControlId) : undefined);
    const frequency = control.frequency as ControlFrequency;
    const schedule = isScheduleFrequency(frequency) ? expectedOccurrences(frequency, period) : null;
    return {
      id: control.id,
      ref: controlRef(control),
      catalogControlId: control.catalogControlId,
      title: control.title,
      objective: control.objective,
      area: control.area,
      frequency,
      nature: control.nature as ControlImplementationView['nature'],
      automation: control.automation as ControlImplementationView['automation'],
      owner: control.owner,
      implementationStatus: control.implementationStatus,
      retired: control.retired,
      retiredReason: control.retiredReason,
      criteria: control.criteria,
      notes: stored?.notes ?? '',
      ...resolved,
      policies: (stored?.policyIds ?? []).flatMap((id) => policies.get(id) ?? []),
      systems: (stored?.systemIds ?? []).flatMap((id) => systems.get(id) ?? []),
      schedule: schedule ? { kind: schedule.kind, expected: schedule.expected, note: schedule.note } : { kind: 'not-periodic', expected: 0, note: '' },
      updatedAt: control.updatedAt,
    };
  });
}

/** Step 3's controls screen: adopted controls, the recommended set, the library left to adopt and the pickers' choices. */
export function readControlsStep(db: Database.Database, catalog: Catalog): ControlsStepView {
  const engagement = getEngagement(db);
  const controls = readControlViews(db, catalog);
  const adopted = new Set(controls.flatMap((control) => (control.catalogControlId ? [control.catalogControlId] : [])));
  const recommended = recommendedControls(catalog, engagement.categories);
  const recommendedIds = new Set(recommended.map((control) => control.id));
  return {
    controls,
    recommended: { total: recommended.length, notAdopted: recommended.filter((control) => !adopted.has(control.id)).map((control) => control.id) },
    library: catalog.controls
      .filter((control) => !adopted.has(control.id))
      .map((control) => ({ catalogId: control.id, title: control.title, area: control.area, frequency: control.frequency, recommended: recommendedIds.has(control.id), criteria: control.criteria })),
    options: {
      criteria: inScopeCriteria(catalog.criteria, engagement.categories).map((criterion) => ({ id: criterion.id, summary: criterion.summary, category: criterion.category })),
      policies: listPolicies(db).map((policy) => ({ id: policy.id, ref: policyRef(policy), title: policy.title })),
      systems: listSystemComponents(db).map((system) => ({ id: system.id, name: system.name, environment: system.environment })),
      areas: [...new Set([...catalog.controls.map((control) => control.area), ...controls.map((control) => control.area)].filter((area) => area.trim() !== ''))].sort(),
    },
    period: periodText(engagement),
  };
}
