import type { ScopeChecklistItem, TimingCheck } from '../api/scope-types';

export interface ScopeFacts {
  reportType: 'type1' | 'type2';
  systemName: string;
  cpaFirm: string;
  timing: TimingCheck;
  services: string;
  securityOwnerName: string;
  descriptionWritten: number;
  descriptionRequired: number;
  systems: number;
  subserviceWithoutMethod: number;
}

/**
 * What step 1 needs before the scope can be confirmed, in the order a newcomer would fill it in.
 * CUECs, vendors and criteria not applicable are optional: many systems legitimately have none.
 */
export function scopeChecklist(facts: ScopeFacts): ScopeChecklistItem[] {
  const timingLabel = facts.reportType === 'type1' ? 'Choose the as-of date of the Type I report' : 'Set the review period of the Type II report';
  return [
    { id: 'system-name', label: 'Name the system the report covers', done: facts.systemName.trim() !== '', section: 'engagement' },
    { id: 'timing', label: timingLabel, done: facts.timing.level === 'ok' || facts.timing.level === 'warning', section: 'engagement' },
    { id: 'cpa-firm', label: 'Record the CPA firm that will perform the audit', done: facts.cpaFirm.trim() !== '', section: 'engagement' },
    { id: 'services', label: 'Describe the services you provide', done: facts.services.trim() !== '', section: 'profile' },
    { id: 'security-owner', label: 'Name the security owner', done: facts.securityOwnerName.trim() !== '', section: 'profile' },
    {
      id: 'description',
      label: `Write the system description (${facts.descriptionWritten} of ${facts.descriptionRequired} sections written)`,
      done: facts.descriptionWritten >= facts.descriptionRequired,
      section: 'description',
    },
    { id: 'systems', label: 'List the system components in scope', done: facts.systems > 0, section: 'systems' },
    {
      id: 'subservice',
      label: facts.subserviceWithoutMethod > 0 ? `Choose carve-out or inclusive for ${facts.subserviceWithoutMethod} subservice organisation(s)` : 'Choose carve-out or inclusive for each subservice organisation',
      done: facts.subserviceWithoutMethod === 0,
      section: 'vendors',
    },
  ];
}
