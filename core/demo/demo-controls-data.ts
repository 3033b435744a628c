import type { EngagementControlInput } from '../../db/queries/engagement-controls';
import type { RemediationSeverity, RemediationStatus } from '../../db/queries/remediation-items';

/** The demo's step 3: who owns what, the tailoring, the policies left in draft and the new tasks (all fictional). */

export const DEMO_AREA_OWNERS: Record<string, string> = {
  'Logical Access': 'Sam Ortiz (IT and People Operations)',
  'Governance & Oversight': 'Dana Whitfield (CEO)',
  Privacy: 'Marcus Lee (Privacy Lead)',
  'People & Training': 'Sam Ortiz (IT and People Operations)',
  'Risk Management': 'Priya Raman (Head of Security)',
  'Change Management': 'Tom Okafor (VP Engineering)',
  Communication: 'Lena Fischer (COO)',
  'Vendor & Subservice Management': 'Lena Fischer (COO)',
  'System Operations': 'Jonas Berg (Platform Lead)',
  'Availability & Resilience': 'Jonas Berg (Platform Lead)',
  'Monitoring of Controls': 'Priya Raman (Head of Security)',
  'Incident Management': 'Priya Raman (Head of Security)',
  'Processing Integrity': 'Tom Okafor (VP Engineering)',
  'Physical Security': 'Sam Ortiz (IT and People Operations)',
  Confidentiality: 'Priya Raman (Head of Security)',
};

export const DEMO_RETIRED = {
  catalogId: 'PHY-01',
  reason: 'No systems or data are held in the Austin office, so office entry is outside the system (CC6.4 is not applicable; data-centre security is the cloud provider’s).',
};

export const DEMO_SYSTEM_LINKS: Record<string, string[]> = {
  'ACC-06': ['Stratus Identity (workforce SSO)', 'Production PostgreSQL cluster', 'Managed Kubernetes clusters'],
  'BCP-02': ['Production PostgreSQL cluster', 'Object storage (raw uploads and backups)'],
  'BCP-08': ['Production PostgreSQL cluster', 'Object storage (raw uploads and backups)'],
  'OPS-03': ['Managed Kubernetes clusters', 'Insights web application and API', 'Source repository and CI/CD pipeline'],
  'PRI-04': ['Ingestion and reconciliation pipeline'],
};

export const DEMO_CUSTOM_CONTROL: EngagementControlInput = {
  catalogControlId: null,
  title: 'Weekly review of failed forecasting runs',
  objective: 'Every Monday the data science lead reviews the forecasting jobs that failed or were re-run in the previous week, confirms customers received complete forecasts, and raises a ticket for each unexplained failure.',
  area: 'Processing Integrity',
  frequency: 'weekly',
  nature: 'detective',
  automation: 'it-dependent-manual',
  owner: 'Aisha Bello (Data Science Lead)',
  implementationStatus: 'in-progress',
  criteria: ['PI1.4', 'CC7.2'],
};

/** Still drafts: their procedures are being finalised (the gap analysis says so for CC5.3). */
export const DEMO_DRAFT_POLICIES = ['POL-BKP', 'POL-RET'];

/** Approved a year before the others and never reviewed since: overdue. */
export const DEMO_OVERDUE_POLICY = 'POL-PHY';

export const DEMO_TASKS: { criterionId: string | null; controlRef: string | null; title: string; owner: string; severity: RemediationSeverity; dueDate: string; status: RemediationStatus }[] = [
  { criterionId: null, controlRef: 'ACC-06', title: 'Write the access review procedure for the admin console and train its two reviewers', owner: 'Sam Ortiz (IT and People Operations)', severity: 'medium', dueDate: '2026-10-30', status: 'open' },
  { criterionId: 'PI1.4', controlRef: null, title: 'Set up the weekly failed-run report for the forecasting service', owner: 'Aisha Bello (Data Science Lead)', severity: 'low', dueDate: '2027-01-15', status: 'in-progress' },
  { criterionId: null, controlRef: null, title: 'Review the Physical Security Policy (its annual review is overdue)', owner: 'Sam Ortiz (IT and People Operations)', severity: 'low', dueDate: '2026-12-15', status: 'open' },
];

const FIRST = ['Alex', 'Bea', 'Chen', 'Dara', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lia', 'Mateo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Adams', 'Brooks', 'Cruz', 'Diaz', 'Evans', 'Novak', 'Ito', 'Jensen', 'Khan', 'Lopez'];

/** 80 of the 85 people in the headcount (five joined after the acknowledgement campaign). */
export const DEMO_ACK_PEOPLE: { name: string; email: string }[] = Array.from({ length: 80 }, (_, index) => {
  const first = FIRST[index % FIRST.length]!;
  const last = LAST[Math.floor(index / FIRST.length) * 3 % LAST.length + (index % 3)]!;
  return { name: `${first} ${last}`, email: `${first}.${last}.${index + 1}@brightwave.example`.toLowerCase() };
});
