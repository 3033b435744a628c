import { saveAssessment } from '../../db/queries/assessments';
import { insertCsoc, insertCuec } from '../../db/queries/complementary-controls';
import { saveDescriptionSection } from '../../db/queries/description-sections';
import { insertEngagementControl, listEngagementControls, setImplementationStatus, type ImplementationStatus } from '../../db/queries/engagement-controls';
import { insertRemediationItem } from '../../db/queries/remediation-items';
import { setScopeConfirmed, updateScopeProfile } from '../../db/queries/scope-profile';
import { insertSystemComponent } from '../../db/queries/system-components';
import { insertVendor } from '../../db/queries/vendors';
import type { Workspace } from '../../db/workspace';
import type { CategoryId } from '../api/types';
import type { Catalog } from '../catalog/catalog-schema';
import { inScopeCriteria } from '../scope/in-scope';
import { writeScopeEdit } from '../scope/scope-write';
import { DEMO_DESCRIPTION } from './demo-description';
import { DEMO_GAPS, DEMO_MET_WITHOUT_IMPLEMENTED, DEMO_NOT_APPLICABLE, DEMO_NOT_ASSESSED, DEMO_PARTIAL, DEMO_REMEDIATION } from './demo-gap-data';
import { DEMO_CLOUD_PROVIDER, DEMO_CSOC_IDS, DEMO_CUEC_IDS, DEMO_LATE_SYSTEM, DEMO_SCOPE_PROFILE, DEMO_SYSTEMS, DEMO_VENDORS } from './demo-scope-data';

/** Step 1: profile, description, CUECs, inventory, vendors with the carve-out cloud provider, exclusions; confirmed. */
function addScope(workspace: Workspace, catalog: Catalog): void {
  const now = () => workspace.now();
  workspace.write({ action: 'profile.update', subject: 'profile', details: DEMO_SCOPE_PROFILE }, (db) => updateScopeProfile(db, DEMO_SCOPE_PROFILE, now()));
  for (const [id, body] of Object.entries(DEMO_DESCRIPTION)) {
    workspace.write({ action: 'description.update', subject: id, details: { section: id, characters: body.length } }, (db) => saveDescriptionSection(db, id, body, now()));
  }
  for (const example of catalog.guidance.cuecExamples.filter((cuec) => DEMO_CUEC_IDS.includes(cuec.id))) {
    workspace.write({ action: 'cuec.add', subject: 'cuec', details: { catalogId: example.id } }, (db) => insertCuec(db, { catalogId: example.id, control: example.control, relatedCriteria: example.relatedCriteria }, now()));
  }
  for (const system of DEMO_SYSTEMS) workspace.write({ action: 'system.add', subject: 'system', details: { ...system } }, (db) => insertSystemComponent(db, system, now()));
  for (const vendor of DEMO_VENDORS) {
    const vendorId = workspace.write({ action: 'vendor.add', subject: 'vendor', details: { ...vendor } }, (db) => insertVendor(db, vendor, now()));
    if (vendor.name !== DEMO_CLOUD_PROVIDER) continue;
    for (const example of catalog.guidance.csocExamples.filter((csoc) => DEMO_CSOC_IDS.includes(csoc.id))) {
      workspace.write({ action: 'csoc.add', subject: `vendor:${vendorId}`, details: { catalogId: example.id } }, (db) => insertCsoc(db, { vendorId, catalogId: example.id, control: example.control, relatedCriteria: example.relatedCriteria }, now()));
    }
  }
  for (const [criterionId, naReason] of Object.entries(DEMO_NOT_APPLICABLE)) {
    workspace.write({ action: 'assessment.update', subject: criterionId, details: { criterionId, status: 'not-applicable', naReason } }, (db) => saveAssessment(db, criterionId, { status: 'not-applicable', naReason }, now()));
  }
  workspace.write({ action: 'scope.confirm', subject: 'scope', details: { reviewedChanges: 0 } }, (db) => setScopeConfirmed(db, workspace.actor, now()));
  // A component added after confirmation: the dashboard shows it as a change of scope to review.
  writeScopeEdit(workspace, { action: 'system.add', subject: 'system', details: { ...DEMO_LATE_SYSTEM } }, { area: 'systems', summary: `System component added: ${DEMO_LATE_SYSTEM.name} (${DEMO_LATE_SYSTEM.environment})` }, (db) =>
    insertSystemComponent(db, DEMO_LATE_SYSTEM, now()),
  );
}

/**
 * Implementation states that match the assessments: controls serving a gap are still being built,
 * everything else is implemented, except that one criterion assessed as met keeps only controls in
 * progress (so the demo shows that "met" without an implemented control scores nothing).
 */
function implementationStates(controls: { id: number; catalogControlId: string | null; criteria: string[] }[], statuses: Map<string, string>): Map<number, ImplementationStatus> {
  const result = new Map<number, ImplementationStatus>();
  for (const control of controls) {
    const servesGap = control.criteria.some((id) => statuses.get(id) === 'gap');
    const state: ImplementationStatus = control.criteria.includes('A1.3') ? 'not-started' : servesGap || control.criteria.includes(DEMO_MET_WITHOUT_IMPLEMENTED) ? 'in-progress' : 'implemented';
    result.set(control.id, state);
  }
  for (const [criterionId, status] of statuses) {
    if ((status !== 'met' && status !== 'partially-met') || criterionId === DEMO_MET_WITHOUT_IMPLEMENTED) continue;
    const mapped = controls.filter((control) => control.criteria.includes(criterionId));
    if (mapped.some((control) => result.get(control.id) === 'implemented')) continue;
    const candidate = mapped.find((control) => !control.criteria.includes(DEMO_MET_WITHOUT_IMPLEMENTED) && !control.criteria.includes('A1.3'));
    if (candidate) result.set(candidate.id, 'implemented');
  }
  return result;
}

/** Step 2: recommended controls adopted, most criteria assessed, gaps with remediation items. */
function addGapAnalysis(workspace: Workspace, catalog: Catalog, categories: readonly CategoryId[]): void {
  const now = () => workspace.now();
  const inScope = inScopeCriteria(catalog.criteria, categories);
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const recommended = catalog.controls.filter((control) => control.recommended && control.criteria.some((id) => inScopeIds.has(id)));
  workspace.write({ action: 'controls.adopt', subject: 'controls', details: { catalogIds: recommended.map((control) => control.id) } }, (db) => {
    for (const control of recommended) {
      insertEngagementControl(
        db,
        { catalogControlId: control.id, title: control.title, objective: control.objective, area: control.area, frequency: control.frequency, nature: control.nature, automation: control.automation, owner: '', implementationStatus: 'not-started', criteria: control.criteria },
        now(),
      );
    }
  });

  const statuses = new Map<string, string>();
  for (const criterion of inScope) {
    if (DEMO_NOT_APPLICABLE[criterion.id]) statuses.set(criterion.id, 'not-applicable');
    else if (DEMO_NOT_ASSESSED.includes(criterion.id)) continue;
    else statuses.set(criterion.id, DEMO_GAPS[criterion.id] ? 'gap' : DEMO_PARTIAL[criterion.id] ? 'partially-met' : 'met');
  }

  const controls = workspace.read(listEngagementControls);
  const states = implementationStates(controls, statuses);
  for (const state of ['in-progress', 'implemented'] as const) {
    const ids = controls.filter((control) => states.get(control.id) === state);
    workspace.write({ action: 'controls.setStatus', subject: 'controls', details: { controls: ids.map((control) => control.catalogControlId), to: state } }, (db) => {
      for (const control of ids) setImplementationStatus(db, control.id, state, now());
    });
  }

  for (const criterion of inScope) {
    const status = statuses.get(criterion.id);
    if (!status || status === 'not-applicable') continue;
    const implemented = controls.filter((control) => control.criteria.includes(criterion.id) && states.get(control.id) === 'implemented');
    const practice =
      DEMO_GAPS[criterion.id] ??
      DEMO_PARTIAL[criterion.id] ??
      (implemented.length > 0 ? `In place: ${implemented.slice(0, 2).map((control) => control.title.charAt(0).toLowerCase() + control.title.slice(1)).join('; ')}.` : 'Practice is in place and followed; the supporting controls are being formalised in the control set.');
    const patch = { status: status as 'gap' | 'partially-met' | 'met', currentPractice: practice };
    workspace.write({ action: 'assessment.update', subject: criterion.id, details: { criterionId: criterion.id, status, currentPractice: `(${practice.length} characters)` } }, (db) => saveAssessment(db, criterion.id, patch, now()));
  }

  for (const item of DEMO_REMEDIATION) {
    workspace.write({ action: 'remediation.add', subject: item.criterionId ?? 'remediation', details: { ...item } }, (db) => insertRemediationItem(db, item, now()));
  }
}

/** Adds steps 1 and 2 of the demo engagement (the engagement basics are already written). */
export function addDemoScopeAndGaps(workspace: Workspace, catalog: Catalog, categories: readonly CategoryId[]): void {
  addScope(workspace, catalog);
  addGapAnalysis(workspace, catalog, categories);
}
