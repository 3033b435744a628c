import type { ChecklistWaiverRecord } from '../../db/queries/checklist-waivers';
import type { ChecklistItemView, ChecklistView } from '../api/audit-types';
import type { PackageData } from '../package/data/package-data';

/** What an item found before waivers are applied. */
interface Finding {
  status: 'pass' | 'fail' | 'unavailable';
  summary: string;
  problems?: string[];
}

interface ItemDefinition {
  id: string;
  title: string;
  why: string;
  fix: { route: string; label: string };
  /** A broken activity log cannot be waived away: it means the record itself is in doubt. */
  waivable: boolean;
  check(data: PackageData, today: string): Finding;
}

const MAX_PROBLEMS = 12;

function unavailable(what: string): Finding {
  return { status: 'unavailable', summary: `Not yet available: ${what}` };
}

function findings(problems: string[], passSummary: string, failSummary: (count: number) => string): Finding {
  return problems.length === 0 ? { status: 'pass', summary: passSummary } : { status: 'fail', summary: failSummary(problems.length), problems: problems.slice(0, MAX_PROBLEMS) };
}

/**
 * The readiness checklist of step 5, in the order of product.md §3. It is computed live from the
 * workspace, never stored, so it cannot disagree with the content. An item whose data this workspace
 * does not hold yet shows as "not yet available" rather than passing.
 */
export const CHECKLIST_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'scope-recorded',
    title: 'Scope is recorded',
    why: 'The auditor plans the examination from the system name, the report type and its dates, and the CPA firm engaged.',
    fix: { route: 'step/scope', label: 'Step 1: Scope Definition' },
    waivable: true,
    check: ({ engagement: e }) => {
      const problems: string[] = [];
      if (!e.systemName.trim()) problems.push('The system the report covers has no name.');
      if (e.reportType === 'type1' && !e.asOfDate) problems.push('The Type I as-of date is not set.');
      if (e.reportType === 'type2' && (!e.periodStart || !e.periodEnd)) problems.push('The Type II review period is not set.');
      if (!e.cpaFirm.trim()) problems.push('The CPA firm performing the audit is not recorded.');
      return findings(problems, 'System, report type, dates and CPA firm are recorded.', (n) => `${n} scope detail${n > 1 ? 's are' : ' is'} missing.`);
    },
  },
  {
    id: 'criteria-covered',
    title: 'Every in-scope criterion is covered by an implemented control',
    why: 'Each criterion needs at least one control in place (or a documented reason why it does not apply).',
    fix: { route: 'step/controls', label: 'Step 3: Control Implementation' },
    waivable: true,
    check: (data) => {
      if (data.controls === null) return unavailable('controls have not been recorded in this workspace.');
      const notApplicable = new Set((data.assessments ?? []).filter((a) => a.status === 'not-applicable' && a.naReason.trim()).map((a) => a.criterionId));
      const covered = new Set(data.controls.filter((c) => !c.retired && c.status === 'implemented').flatMap((c) => c.criteria));
      const missing = data.criteria.filter((c) => !covered.has(c.id) && !notApplicable.has(c.id)).map((c) => `${c.id} has no implemented control.`);
      return findings(missing, `All ${data.criteria.length} in-scope criteria are covered or marked not applicable.`, (n) => `${n} of ${data.criteria.length} criteria have no implemented control.`);
    },
  },
  {
    id: 'no-open-high-gaps',
    title: 'No open high-severity gaps',
    why: 'A high-severity gap still open at fieldwork usually becomes an exception in the report.',
    fix: { route: 'step/gaps', label: 'Step 2: Gap Analysis' },
    waivable: true,
    check: (data) => {
      if (data.remediation === null) return unavailable('the gap analysis has not been recorded in this workspace.');
      const open = data.remediation.filter((r) => r.severity === 'high' && r.status !== 'done').map((r) => `${r.ref} ${r.title}${r.owner ? ` (owner: ${r.owner})` : ''}${r.dueDate ? `, due ${r.dueDate}` : ''}`);
      return findings(open, 'No high-severity remediation item is open.', (n) => `${n} high-severity gap${n > 1 ? 's are' : ' is'} still open.`);
    },
  },
  {
    id: 'policies-approved',
    title: 'Every policy is approved and within its review date',
    why: 'Auditors inspect each policy’s approval and expect it to be reviewed on the cycle it states.',
    fix: { route: 'step/controls', label: 'Step 3: Control Implementation' },
    waivable: true,
    check: (data, today) => {
      if (data.policies === null) return unavailable('policies have not been recorded in this workspace.');
      if (data.policies.length === 0) return { status: 'fail', summary: 'No policy has been adopted yet.' };
      const problems = data.policies.flatMap((p) => {
        if (!p.approvedOn) return [`${p.ref} ${p.title} is not approved.`];
        if (p.nextReview && p.nextReview < today) return [`${p.ref} ${p.title} was due for review on ${p.nextReview}.`];
        return [];
      });
      return findings(problems, `All ${data.policies.length} policies are approved and current.`, (n) => `${n} polic${n > 1 ? 'ies need' : 'y needs'} approval or review.`);
    },
  },
  {
    id: 'key-evidence-present',
    title: 'Evidence is present and fresh for every key control',
    why: 'Key controls are the ones the auditor relies on most; each needs current evidence that it operates.',
    fix: { route: 'step/testing', label: 'Step 4: Testing & Documentation' },
    waivable: true,
    check: (data, today) => {
      if (data.controls === null) return unavailable('controls have not been recorded in this workspace.');
      if (data.evidence === null) return unavailable('evidence has not been recorded in this workspace.');
      const keyControls = data.controls.filter((c) => c.key && !c.retired);
      if (keyControls.length === 0) return { status: 'fail', summary: 'No key control is adopted yet, so there is no evidence to check against.' };
      const yearAgo = shiftYears(today, -1);
      const problems = keyControls
        .flatMap((control) => {
          const items = data.evidence!.filter((e) => e.controls.includes(control.ref));
          if (items.length === 0) return [`${control.ref} ${control.title} has no evidence.`];
          const newest = items.map((e) => e.asOf ?? e.capturedOn ?? '').sort().pop() ?? '';
          return newest !== '' && newest < yearAgo ? [`${control.ref} ${control.title}: newest evidence is from ${newest}, more than 12 months ago.`] : [];
        });
      return findings(problems, 'Every key control has current evidence.', (n) => `${n} key control${n > 1 ? 's lack' : ' lacks'} current evidence.`);
    },
  },
  {
    id: 'description-complete',
    title: 'System description sections are complete',
    why: 'The description (DC1–DC9) is part of the report and is examined against the description criteria.',
    fix: { route: 'step/scope', label: 'Step 1: Scope Definition' },
    waivable: true,
    check: (data) => {
      if (data.scope === null) return unavailable('the system description has not been recorded in this workspace.');
      const missing = data.scope.description.filter((s) => s.required && !s.body.trim()).map((s) => `${s.id} ${s.title} is not written yet.`);
      const required = data.scope.description.filter((s) => s.required).length;
      return findings(missing, `All ${required} required sections are written.`, (n) => `${n} of ${required} sections are not written yet.`);
    },
  },
  {
    id: 'assertion-kept',
    title: 'Management has reviewed and kept its assertion',
    why: 'The report includes management’s written assertion; the generated draft must be reviewed and kept by management.',
    fix: { route: 'step/audit', label: 'Drafts on this page' },
    waivable: true,
    check: (data) =>
      data.drafts.assertion.edited
        ? { status: 'pass', summary: `Kept by ${data.drafts.assertion.savedBy ?? 'management'} on ${(data.drafts.assertion.savedAt ?? '').slice(0, 10)}.` }
        : { status: 'fail', summary: 'The assertion is still the generated draft: review it, edit it and keep it.' },
  },
  {
    id: 'activity-log-intact',
    title: 'The activity log is intact',
    why: 'The hash-chained log is how anyone can check that the recorded history was not altered.',
    fix: { route: 'activity', label: 'Activity log' },
    waivable: false,
    check: ({ activity }) =>
      activity.chainIntact ? { status: 'pass', summary: `${activity.entries} entries, chain intact.` } : { status: 'fail', summary: 'The chain of the activity log is broken.', problems: activity.problems },
  },
];

function shiftYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${isoDate.slice(4, 10)}`;
}

/** Computes the checklist and applies the waivers. */
export function computeChecklist(data: PackageData, today: string): ChecklistView {
  const waivers = new Map<string, ChecklistWaiverRecord>(data.waivers.map((w) => [w.itemId, w]));
  const items: ChecklistItemView[] = CHECKLIST_ITEMS.map((definition) => {
    const finding = definition.check(data, today);
    const waiver = definition.waivable ? (waivers.get(definition.id) ?? null) : null;
    const effective = finding.status === 'pass' ? 'pass' : waiver ? 'waived' : finding.status;
    return {
      id: definition.id,
      title: definition.title,
      why: definition.why,
      status: finding.status,
      effective,
      summary: finding.summary,
      problems: finding.problems ?? [],
      fix: definition.fix,
      waivable: definition.waivable,
      waiver: waiver ? { reason: waiver.reason, by: waiver.waivedBy, at: waiver.waivedAt } : null,
    };
  });
  const blocking = items.filter((item) => item.effective === 'fail' || item.effective === 'unavailable').length;
  return { items, readyToSeal: blocking === 0, blocking };
}

export function isChecklistItem(id: string): boolean {
  return CHECKLIST_ITEMS.some((item) => item.id === id);
}

export function isWaivable(id: string): boolean {
  return CHECKLIST_ITEMS.some((item) => item.id === id && item.waivable);
}
