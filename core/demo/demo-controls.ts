import { setControlRetired, replaceControlSystems, updateControl } from '../../db/queries/control-implementation';
import { insertEngagementControl, listEngagementControls } from '../../db/queries/engagement-controls';
import { approvePolicyVersion, listPolicies, listPolicyVersions, updatePolicy } from '../../db/queries/policies';
import { insertRemediationItem } from '../../db/queries/remediation-items';
import { listSystemComponents } from '../../db/queries/system-components';
import type { Workspace } from '../../db/workspace';
import type { Catalog } from '../catalog/catalog-schema';
import { adoptControls } from '../controls/adopt-controls';
import { previewAcknowledgements, importAcknowledgements } from '../policies/acknowledgement-import';
import { createPoliciesFromTemplates } from '../policies/create-policies';
import { nextReviewAfter } from '../policies/policy-state';
import { DEMO_ACK_PEOPLE, DEMO_AREA_OWNERS, DEMO_CUSTOM_CONTROL, DEMO_DRAFT_POLICIES, DEMO_OVERDUE_POLICY, DEMO_RETIRED, DEMO_SYSTEM_LINKS, DEMO_TASKS } from './demo-controls-data';

/** Step 3 of the demo: controls tailored (owners, notes, systems, one custom, one retired), policies approved, acknowledgements, new tasks. */
export function addDemoControls(workspace: Workspace, catalog: Catalog): void {
  const now = () => workspace.now();

  // One more library control adopted by hand, then retired: the office is out of scope.
  adoptControls(workspace, catalog, [DEMO_RETIRED.catalogId]);
  const byRef = () => new Map(workspace.read(listEngagementControls).map((control) => [control.catalogControlId ?? `C-${control.id}`, control]));
  const retired = byRef().get(DEMO_RETIRED.catalogId)!;
  workspace.write({ action: 'controls.retire', subject: 'controls', details: { controls: [DEMO_RETIRED.catalogId], reason: DEMO_RETIRED.reason } }, (db) => setControlRetired(db, retired.id, DEMO_RETIRED.reason, now()));

  // Owners by area (a few left blank: the screen shows what is still unassigned).
  const controls = workspace.read(listEngagementControls).filter((control) => !control.retired);
  workspace.write({ action: 'controls.bulkUpdate', subject: 'controls', details: { owners: 'assigned by area' } }, (db) => {
    for (const control of controls) {
      const owner = DEMO_AREA_OWNERS[control.area];
      if (owner && !['OPS-07', 'CHG-06'].includes(control.catalogControlId ?? '')) updateControl(db, control.id, { owner }, now());
    }
  });

  const access = byRef().get('ACC-06');
  if (access) {
    workspace.write({ action: 'controls.update', subject: `control:${access.id}`, details: { control: 'ACC-06', notes: '(changed)', key: true } }, (db) =>
      updateControl(db, access.id, { notes: 'Reviews run in the first two weeks of each quarter from the identity provider export. The admin console is added from Q4 (see remediation).', key: true }, now()),
    );
  }
  const systems = new Map(workspace.read(listSystemComponents).map((system) => [system.name, system.id]));
  const current = byRef();
  for (const [ref, names] of Object.entries(DEMO_SYSTEM_LINKS)) {
    const control = current.get(ref);
    const ids = names.flatMap((name) => systems.get(name) ?? []);
    if (control && ids.length > 0) workspace.write({ action: 'controls.setSystems', subject: `control:${control.id}`, details: { control: ref, systems: names } }, (db) => replaceControlSystems(db, control.id, ids));
  }

  workspace.write({ action: 'controls.create', subject: 'controls', details: { title: DEMO_CUSTOM_CONTROL.title } }, (db) => {
    const id = insertEngagementControl(db, DEMO_CUSTOM_CONTROL, now());
    updateControl(db, id, { notes: 'Written for Brightwave: forecasts are the product, so failed runs are reviewed every Monday by the data science lead.', testProcedure: JSON.stringify({ methods: ['inspection', 'reperformance'], steps: ['Obtain the weekly job-failure reports for the period.', 'Select a sample of weeks and confirm each failure was investigated and re-run or explained, with the ticket linked.'] }), suggestedEvidence: JSON.stringify(['Weekly job-failure report with reviewer sign-off', 'Tickets raised for failed runs']) }, now());
  });

  addDemoPolicies(workspace, catalog);

  for (const task of DEMO_TASKS) {
    const control = task.controlRef ? current.get(task.controlRef) : undefined;
    const item = { criterionId: task.criterionId, controlId: control?.id ?? null, title: task.title, owner: task.owner, severity: task.severity, dueDate: task.dueDate, status: task.status };
    workspace.write({ action: 'remediation.add', subject: item.criterionId ?? 'remediation', details: { ...item } }, (db) => insertRemediationItem(db, item, now()));
  }
}

/** Every policy of the template set, approved before the period except two drafts and one overdue for review; acknowledgements from an HR export. */
function addDemoPolicies(workspace: Workspace, catalog: Catalog): void {
  createPoliciesFromTemplates(workspace, catalog, catalog.policies.map((template) => template.id), '2026-03-16');
  const policies = workspace.read(listPolicies);
  const versions = workspace.read((db) => listPolicyVersions(db));
  for (const policy of policies) {
    if (policy.templateId && DEMO_DRAFT_POLICIES.includes(policy.templateId)) continue;
    const version = versions.find((v) => v.policyId === policy.id)!;
    const overdue = policy.templateId === DEMO_OVERDUE_POLICY;
    const approvedOn = overdue ? '2025-05-12' : '2026-03-16';
    const approver = 'Dana Whitfield (Chief Executive Officer)';
    const nextReviewDate = nextReviewAfter(approvedOn, policy.reviewMonths);
    workspace.write({ action: 'policy.approve', subject: `policy:${policy.id}`, details: { policy: policy.templateId, version: 1, approver, approvedOn, nextReviewDate, sha256: version.sha256 } }, (db) => {
      approvePolicyVersion(db, version.id, { approver, approvedOn, recordedBy: workspace.actor }, workspace.now());
      updatePolicy(db, policy.id, { nextReviewDate }, workspace.now());
    });
  }

  // An HR system's export, with its own column names, imported through the same path as the app's.
  const rows = DEMO_ACK_PEOPLE.flatMap((person, index) =>
    [
      ['Code of Conduct', index % 17 !== 3],
      ['Information Security Policy', index % 11 !== 5],
      ['Acceptable Use Policy', index % 9 !== 2],
    ]
      .filter(([, signed]) => signed)
      .map(([document]) => `"${person.name}",${person.email},"${document as string}",1,2026-04-${String(1 + (index % 28)).padStart(2, '0')}`),
  );
  const csv = `Employee Name,Work Email,Document,Doc Version,Signed On\n${rows.join('\n')}\n`;
  const preview = previewAcknowledgements(csv);
  importAcknowledgements(workspace, { csv, mapping: preview.mapping, policyId: null, dateOrder: 'ymd', source: 'Peoplebase export 2026-04-30.csv' });
}
