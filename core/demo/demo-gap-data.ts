import type { AssessmentStatus } from '../api/gap-types';
import type { RemediationInput } from '../../db/queries/remediation-items';

/**
 * The demo's gap analysis: most criteria assessed, many met, some gaps (one high severity), a couple
 * not applicable, and a handful of privacy criteria still waiting to be assessed.
 */

export const DEMO_NOT_APPLICABLE: Record<string, string> = {
  'CC6.4': 'No systems, data or backup media are held in the Austin office; data-centre physical security is the cloud provider’s (carve-out, CSOC-01).',
  'P3.2': 'The platform collects only names and work e-mail addresses of customers’ staff users under the customer agreement; nothing it collects needs explicit consent.',
};

/** Criteria still to be assessed (the gap analysis is not finished). */
export const DEMO_NOT_ASSESSED = ['P5.2', 'P6.7', 'P7.1', 'P8.1', 'PI1.5'];

export const DEMO_GAPS: Record<string, string> = {
  'CC1.2': 'The board meets quarterly but security and controls are not a standing agenda item; there is no record of the board reviewing the control programme.',
  'CC3.3': 'The annual risk assessment does not consider fraud (for example misuse of admin access or manipulation of forecasts).',
  'CC4.1': 'No independent penetration test has been done since 2024; vulnerability scans run, but no one reviews controls periodically against their design.',
  'CC9.2': 'Vendors are chosen by the teams that use them; there is no risk rating at onboarding and no annual review except for the cloud provider.',
  'A1.3': 'Backups run daily and are monitored, but a restore has never been tested end to end and the recovery plan has not been exercised.',
  'C1.2': 'Customer data is deleted by a script 30 days after termination, but nobody checks that it ran and backups are not covered.',
  'P4.2': 'The privacy notice promises deletion of user records 12 months after an account is closed; nothing enforces it yet.',
  'PI1.1': 'Processing specifications live in engineers’ heads and old tickets; customers receive no document describing what is loaded and how it is reconciled.',
};

export const DEMO_PARTIAL: Record<string, string> = {
  'CC1.4': 'Hiring follows a defined process with interviews and references, but there is no succession cover for the two platform engineers who run production.',
  'CC2.2': 'Policies are on the intranet and new staff read them at onboarding; the annual re-acknowledgement was missed for contractors this year.',
  'CC3.2': 'A risk register exists and was reviewed in January, but risks are not rated consistently and treatments have no owners.',
  'CC5.3': 'Most policies are approved; the backup and the data-retention procedures are still drafts.',
  'CC6.3': 'Roles exist in the identity provider; the quarterly access review covers production but not the admin console.',
  'CC7.3': 'Alerts are triaged by on-call engineers, but there is no written rule for when an event becomes an incident.',
  'P1.1': 'A privacy notice is published; it has not been reviewed since the forecasting service was added.',
  'P6.4': 'Data processing agreements exist with the main vendors; their privacy terms are not reviewed after signature.',
};

/** Met per the assessment, but its mapped controls are still being implemented: it scores nothing until one is. */
export const DEMO_MET_WITHOUT_IMPLEMENTED = 'CC2.3';

export const DEMO_REMEDIATION: RemediationInput[] = [
  { criterionId: 'A1.3', controlId: null, title: 'Run a full restore test from backup into an isolated environment and record the recovery time', owner: 'Jonas Berg (Platform Lead)', severity: 'high', dueDate: '2026-11-15', status: 'in-progress' },
  { criterionId: 'CC1.2', controlId: null, title: 'Add a quarterly security and controls report to the board agenda, with minutes', owner: 'Dana Whitfield (CEO)', severity: 'medium', dueDate: '2026-12-15', status: 'open' },
  { criterionId: 'CC3.3', controlId: null, title: 'Add fraud scenarios to the risk assessment and rate them', owner: 'Priya Raman (Head of Security)', severity: 'medium', dueDate: '2026-12-31', status: 'open' },
  { criterionId: 'CC4.1', controlId: null, title: 'Commission an external penetration test of the application and API', owner: 'Priya Raman (Head of Security)', severity: 'medium', dueDate: '2027-01-31', status: 'open' },
  { criterionId: 'CC9.2', controlId: null, title: 'Rate every vendor at onboarding and review critical and high vendors annually', owner: 'Lena Fischer (COO)', severity: 'medium', dueDate: '2027-01-15', status: 'open' },
  { criterionId: 'C1.2', controlId: null, title: 'Log and verify each post-termination deletion, and document backup expiry', owner: 'Tom Okafor (VP Engineering)', severity: 'medium', dueDate: '2026-12-20', status: 'open' },
  { criterionId: 'P4.2', controlId: null, title: 'Automate deletion of closed user accounts after 12 months', owner: 'Marcus Lee (Privacy Lead)', severity: 'low', dueDate: '2027-02-28', status: 'open' },
  { criterionId: 'PI1.1', controlId: null, title: 'Publish a processing specification: what is loaded, when, and how it is reconciled', owner: 'Tom Okafor (VP Engineering)', severity: 'low', dueDate: '2027-01-31', status: 'open' },
  { criterionId: 'CC1.4', controlId: null, title: 'Train a third engineer on production operations and document the runbook', owner: 'Tom Okafor (VP Engineering)', severity: 'low', dueDate: '2027-01-31', status: 'open' },
  { criterionId: 'CC5.3', controlId: null, title: 'Approve the backup and data-retention procedures', owner: 'Priya Raman (Head of Security)', severity: 'medium', dueDate: '2026-11-20', status: 'open' },
  { criterionId: 'CC6.3', controlId: null, title: 'Extend the quarterly access review to the admin console', owner: 'Sam Ortiz (IT and People Operations)', severity: 'medium', dueDate: '2026-12-31', status: 'open' },
  { criterionId: 'CC2.2', controlId: null, title: 'Collect the missing contractor policy acknowledgements', owner: 'Sam Ortiz (IT and People Operations)', severity: 'low', dueDate: '2026-10-31', status: 'done' },
];

export type DemoStatus = Exclude<AssessmentStatus, 'not-assessed'>;
