import { listAssessments } from '../../../db/queries/assessments';
import { replaceControlCriteria, replaceControlPolicies, replaceControlSystems, setControlRetired, updateControl, type ControlPatch } from '../../../db/queries/control-implementation';
import { getEngagement } from '../../../db/queries/engagement';
import { getEngagementControl, insertEngagementControl, type EngagementControlRecord } from '../../../db/queries/engagement-controls';
import { listPolicies } from '../../../db/queries/policies';
import { listRemediationItems } from '../../../db/queries/remediation-items';
import { listSystemComponents } from '../../../db/queries/system-components';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { adoptControls } from '../../controls/adopt-controls';
import { controlRef } from '../../controls/control-details';
import { buildCoverage } from '../../controls/coverage';
import { periodText, readControlsStep, readControlViews } from '../../controls/read-controls-step';
import { recommendedControls } from '../../controls/recommended-set';
import { expectedOccurrences, isScheduleFrequency, schedulePeriod } from '../../controls/schedule';
import { remediationView } from '../../gaps/open-gaps';
import { readPolicyViews } from '../../policies/read-policies';
import type { ApiHandlers, ApiParsedArgs } from '../contract';
import type { AttentionView } from '../control-types';
import { ApiError } from '../errors';
import type { HandlerContext } from './context';

type Methods =
  | 'controls.overview'
  | 'controls.adoptRecommended'
  | 'controls.create'
  | 'controls.update'
  | 'controls.bulkUpdate'
  | 'controls.retire'
  | 'controls.restore'
  | 'controls.setCriteria'
  | 'controls.setPolicies'
  | 'controls.setSystems'
  | 'controls.schedule'
  | 'coverage.get'
  | 'controls.attention';

type EditPatch = ApiParsedArgs<'controls.update'>['patch'];

/** Long texts are logged by size only: the log records that they changed, not their content. */
const LONG_FIELDS = new Set(['objective', 'notes', 'testProcedure', 'suggestedEvidence']);

/** The patch as stored: structured fields as JSON text. */
function toStored(patch: EditPatch): ControlPatch {
  const { testProcedure, suggestedEvidence, ...rest } = patch;
  return {
    ...rest,
    ...(testProcedure !== undefined ? { testProcedure: JSON.stringify(testProcedure) } : {}),
    ...(suggestedEvidence !== undefined ? { suggestedEvidence: JSON.stringify(suggestedEvidence) } : {}),
  };
}

/**
 * Step 3's controls: the implementation details of each adopted control (owner, cadence, status,
 * notes, key flag, test procedure, evidence, linked policies and systems, mapped criteria), custom
 * controls, retirement with a reason, the recommended set, the coverage matrix and the schedules.
 * Adoption one by one stays `controls.adopt`; both paths share core/controls/adopt-controls.ts.
 */
export function controlImplementationHandlers({ session }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const overview = () => workspace().read((db) => readControlsStep(db, catalog()));
  const label = (control: Pick<EngagementControlRecord, 'id' | 'catalogControlId'>) => controlRef(control);

  const existing = (id: number, { editable }: { editable: boolean }) => {
    const control = workspace().read((db) => getEngagementControl(db, id));
    if (!control) throw new ApiError('BAD_ARGUMENT', 'That control is not in this engagement (it may have been removed in another window). Reload the list.');
    if (editable && control.retired) throw new ApiError('BAD_ARGUMENT', `${label(control)} is retired. Bring it back first (Restore) to change it.`);
    return control;
  };

  const assertCriteria = (criteria: readonly string[]) => {
    const known = new Set(catalog().criteria.map((criterion) => criterion.id));
    const unknown = criteria.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a criterion' : 'are not criteria'} of this engagement's catalog.`);
  };

  /** What a patch changes, as logged: long texts by size only. */
  const changes = (before: Record<string, unknown>, patch: EditPatch) =>
    Object.fromEntries(
      Object.entries(patch)
        .filter(([key, value]) => value !== undefined && JSON.stringify(before[key]) !== JSON.stringify(value))
        .map(([key, value]) => [key, LONG_FIELDS.has(key) ? `(changed, ${JSON.stringify(value).length} characters)` : value]),
    );

  return {
    'controls.overview': overview,

    'controls.adoptRecommended': () => {
      const ws = workspace();
      const cat = catalog();
      const set = recommendedControls(cat, ws.read(getEngagement).categories);
      const adopted = adoptControls(ws, cat, set.map((control) => control.id), 'controls.adoptRecommended');
      return { adopted, overview: overview() };
    },

    'controls.create': ({ criteria, ...fields }) => {
      assertCriteria(criteria);
      const ws = workspace();
      const input = { catalogControlId: null, objective: '', area: '', owner: '', ...fields, implementationStatus: 'not-started' as const, criteria };
      ws.write({ action: 'controls.create', subject: 'controls', details: { title: input.title, frequency: input.frequency, criteria } }, (db) => insertEngagementControl(db, input, ws.now()));
      return overview();
    },

    'controls.update': ({ id, patch }) => {
      const ws = workspace();
      const before = existing(id, { editable: true });
      const current = ws.read((db) => readControlViews(db, catalog())).find((control) => control.id === id)!;
      const changed = changes(current as unknown as Record<string, unknown>, patch);
      if (Object.keys(changed).length > 0) {
        const stored = toStored(Object.fromEntries(Object.entries(patch).filter(([key]) => key in changed)) as EditPatch);
        ws.write({ action: 'controls.update', subject: `control:${id}`, details: { control: label(before), ...changed } }, (db) => updateControl(db, id, stored, ws.now()));
      }
      return overview();
    },

    'controls.bulkUpdate': ({ ids, patch }) => {
      const ws = workspace();
      const controls = [...new Set(ids)].map((id) => existing(id, { editable: true }));
      ws.write({ action: 'controls.bulkUpdate', subject: 'controls', details: { controls: controls.map(label), ...patch } }, (db) => {
        for (const control of controls) updateControl(db, control.id, patch, ws.now());
      });
      return overview();
    },

    'controls.retire': ({ ids, reason }) => {
      const ws = workspace();
      const controls = [...new Set(ids)].map((id) => existing(id, { editable: false })).filter((control) => !control.retired);
      if (controls.length > 0) {
        ws.write({ action: 'controls.retire', subject: 'controls', details: { controls: controls.map(label), reason } }, (db) => {
          for (const control of controls) setControlRetired(db, control.id, reason, ws.now());
        });
      }
      return overview();
    },

    'controls.restore': ({ id }) => {
      const ws = workspace();
      const control = existing(id, { editable: false });
      if (control.retired) ws.write({ action: 'controls.restore', subject: `control:${id}`, details: { control: label(control), wasRetiredBecause: control.retiredReason } }, (db) => setControlRetired(db, id, null, ws.now()));
      return overview();
    },

    'controls.setCriteria': ({ id, criteria }) => {
      const ws = workspace();
      const before = existing(id, { editable: true });
      assertCriteria(criteria);
      const wanted = [...new Set(criteria)];
      const added = wanted.filter((criterion) => !before.criteria.includes(criterion));
      const removed = before.criteria.filter((criterion) => !wanted.includes(criterion));
      if (added.length + removed.length > 0) {
        ws.write({ action: 'controls.setCriteria', subject: `control:${id}`, details: { control: label(before), added, removed } }, (db) => replaceControlCriteria(db, id, wanted));
      }
      return overview();
    },

    'controls.setPolicies': ({ id, policyIds }) => {
      const ws = workspace();
      const before = existing(id, { editable: true });
      const policies = new Map(ws.read(listPolicies).map((policy) => [policy.id, policy.title]));
      const unknown = policyIds.filter((policyId) => !policies.has(policyId));
      if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', 'One of the chosen policies no longer exists in this engagement. Reload the list and choose again.');
      const wanted = [...new Set(policyIds)];
      ws.write({ action: 'controls.setPolicies', subject: `control:${id}`, details: { control: label(before), policies: wanted.map((policyId) => policies.get(policyId)) } }, (db) => replaceControlPolicies(db, id, wanted));
      return overview();
    },

    'controls.setSystems': ({ id, systemIds }) => {
      const ws = workspace();
      const before = existing(id, { editable: true });
      const systems = new Map(ws.read(listSystemComponents).map((system) => [system.id, system.name]));
      if (systemIds.some((systemId) => !systems.has(systemId))) throw new ApiError('BAD_ARGUMENT', 'One of the chosen systems is no longer in the inventory. Reload the list and choose again.');
      const wanted = [...new Set(systemIds)];
      ws.write({ action: 'controls.setSystems', subject: `control:${id}`, details: { control: label(before), systems: wanted.map((systemId) => systems.get(systemId)) } }, (db) => replaceControlSystems(db, id, wanted));
      return overview();
    },

    'controls.schedule': ({ id }) => {
      const control = existing(id, { editable: false });
      const engagement = workspace().read(getEngagement);
      const frequency = control.frequency;
      if (!isScheduleFrequency(frequency)) throw new ApiError('BAD_ARGUMENT', `${label(control)} has a frequency this app does not know (${frequency}). Choose one of the listed frequencies.`);
      return { id, ref: label(control), title: control.title, period: periodText(engagement), schedule: expectedOccurrences(frequency, schedulePeriod(engagement)) };
    },

    'coverage.get': () =>
      workspace().read((db) => {
        const assessments = new Map(listAssessments(db).map((assessment) => [assessment.criterionId, assessment]));
        return buildCoverage(catalog().criteria, getEngagement(db).categories, assessments, readControlViews(db, catalog()));
      }),

    'controls.attention': (): AttentionView => {
      const ws = workspace();
      const today = ws.now().slice(0, 10);
      return ws.read((db) => {
        const policies = readPolicyViews(db, today);
        return {
          overdueRemediation: listRemediationItems(db)
            .map((item) => remediationView(item, today))
            .filter((item) => item.overdue)
            .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')),
          policies: policies.flatMap((policy) =>
            (policy.state === 'overdue' || policy.state === 'due-for-review') && policy.nextReviewDate ? [{ id: policy.id, ref: policy.ref, title: policy.title, state: policy.state, nextReviewDate: policy.nextReviewDate }] : [],
          ),
          unapprovedPolicies: policies.filter((policy) => policy.state === 'draft').length,
          today,
        };
      });
    },
  };
}
