import type Database from 'better-sqlite3';
import { listAssessments } from '../../../db/queries/assessments';
import { listRemediationItems } from '../../../db/queries/remediation-items';
import type { Catalog } from '../../catalog/catalog-schema';
import { controlRef } from '../../controls/control-details';
import { readControlViews } from '../../controls/read-controls-step';
import type { AssessmentData, ControlRecord, RemediationData } from './package-data';
import { whenTables } from './table-exists';

/**
 * Controls adopted into the engagement (steps 2–3) with their implementation details as step 3
 * resolves them: the key flag, the internal readiness-test procedure and the linked policies, each the
 * engagement's own value once edited and otherwise the library's.
 */
export function readControls(db: Database.Database, catalog: Catalog): ControlRecord[] | null {
  return whenTables(db, ['engagement_control', 'engagement_control_criterion', 'control_policy'], () =>
    readControlViews(db, catalog).map((control) => ({
      ref: control.ref,
      title: control.title,
      objective: control.objective,
      area: control.area,
      owner: control.owner,
      frequency: control.frequency,
      nature: control.nature,
      automation: control.automation,
      status: control.implementationStatus,
      key: control.key,
      retired: control.retired,
      retiredReason: control.retiredReason,
      criteria: control.criteria,
      policies: control.policies.map((policy) => policy.ref),
      procedure: control.testProcedure.steps.length > 0 ? { methods: control.testProcedure.methods, steps: control.testProcedure.steps } : null,
    })),
  );
}

export function readAssessments(db: Database.Database): AssessmentData[] | null {
  return whenTables(db, ['criterion_assessment'], () =>
    listAssessments(db).map(({ criterionId, status, currentPractice, naReason }) => ({ criterionId, status, currentPractice, naReason })),
  );
}

export function readRemediation(db: Database.Database): RemediationData[] | null {
  return whenTables(db, ['remediation_item', 'engagement_control'], () => {
    const refs = new Map((db.prepare('SELECT id, catalog_control_id AS catalogControlId FROM engagement_control').all() as { id: number; catalogControlId: string | null }[]).map((c) => [c.id, controlRef(c)]));
    return listRemediationItems(db).map((item) => ({
      ref: `R-${item.id}`,
      criterionId: item.criterionId,
      control: item.controlId === null ? null : (refs.get(item.controlId) ?? null),
      title: item.title,
      owner: item.owner,
      severity: item.severity,
      dueDate: item.dueDate,
      status: item.status,
    }));
  });
}
