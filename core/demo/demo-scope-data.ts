import type { SystemComponentInput } from '../../db/queries/system-components';
import type { VendorInput } from '../../db/queries/vendors';
import type { ScopeProfilePatch } from '../../db/queries/scope-profile';

/** The demo's organisation profile, inventory and vendor register (all fictional). */

export const DEMO_SCOPE_PROFILE: ScopeProfilePatch = {
  services: 'Subscription analytics for mid-sized retailers: nightly loading and reconciliation of sales and stock data, dashboards, weekly demand forecasts and replenishment suggestions, delivered as a web application and a reporting API.',
  locations: 'Head office in Austin, Texas (no systems or data held there); remote staff in the United States and Canada; production hosted in the US-East region of Northwind Cloud Services, backups in US-West.',
  headcount: 85,
  sponsorName: 'Dana Whitfield (Chief Executive Officer)',
  sponsorEmail: 'dana.whitfield@brightwave.example',
  securityOwnerName: 'Priya Raman (Head of Security)',
  securityOwnerEmail: 'priya.raman@brightwave.example',
  privacyContactName: 'Marcus Lee (Privacy Lead)',
  privacyContactEmail: 'privacy@brightwave.example',
  policyOwnerName: 'Priya Raman (Head of Security)',
  policyOwnerEmail: 'priya.raman@brightwave.example',
  targetFieldworkStart: '2026-10-12',
  targetFieldworkEnd: '2026-10-30',
  targetReportDate: '2026-11-20',
};

export const DEMO_SYSTEMS: SystemComponentInput[] = [
  { name: 'Insights web application and API', type: 'application', owner: 'Tom Okafor (VP Engineering)', environment: 'production', dataClassification: 'confidential', notes: 'Customer-facing application and reporting API.' },
  { name: 'Ingestion and reconciliation pipeline', type: 'application', owner: 'Tom Okafor (VP Engineering)', environment: 'production', dataClassification: 'confidential', notes: 'Nightly loads; reconciles record counts with the source.' },
  { name: 'Forecasting service', type: 'application', owner: 'Aisha Bello (Data Science Lead)', environment: 'production', dataClassification: 'confidential', notes: '' },
  { name: 'Production PostgreSQL cluster', type: 'database', owner: 'Jonas Berg (Platform Lead)', environment: 'production', dataClassification: 'restricted', notes: 'Holds all customer data; encrypted at rest.' },
  { name: 'Object storage (raw uploads and backups)', type: 'data-store', owner: 'Jonas Berg (Platform Lead)', environment: 'production', dataClassification: 'restricted', notes: 'Backups replicated to US-West, kept 35 days.' },
  { name: 'Managed Kubernetes clusters', type: 'infrastructure', owner: 'Jonas Berg (Platform Lead)', environment: 'production', dataClassification: 'confidential', notes: '' },
  { name: 'Staging environment', type: 'infrastructure', owner: 'Jonas Berg (Platform Lead)', environment: 'staging', dataClassification: 'internal', notes: 'Synthetic data only.' },
  { name: 'CDN and web application firewall', type: 'network', owner: 'Priya Raman (Head of Security)', environment: 'production', dataClassification: 'internal', notes: '' },
  { name: 'Source repository and CI/CD pipeline', type: 'saas', owner: 'Tom Okafor (VP Engineering)', environment: 'shared', dataClassification: 'confidential', notes: 'Branch protection; two-person review.' },
  { name: 'Stratus Identity (workforce SSO)', type: 'saas', owner: 'Sam Ortiz (IT and People Operations)', environment: 'corporate', dataClassification: 'confidential', notes: 'MFA enforced for every workforce account.' },
  { name: 'Company laptops', type: 'endpoint', owner: 'Sam Ortiz (IT and People Operations)', environment: 'corporate', dataClassification: 'confidential', notes: 'Managed by device management; disk encryption enforced.' },
];

/** Added after the scope was confirmed, to show how a change of scope is flagged. */
export const DEMO_LATE_SYSTEM: SystemComponentInput = {
  name: 'Analytics warehouse',
  type: 'database',
  owner: 'Aisha Bello (Data Science Lead)',
  environment: 'production',
  dataClassification: 'confidential',
  notes: 'New in October: aggregated customer data for forecasting research.',
};

const vendor = (input: Partial<VendorInput> & Pick<VendorInput, 'name' | 'criticality'>): VendorInput => ({
  service: '',
  isSubservice: false,
  subserviceMethod: null,
  socReport: 'none',
  socPeriodStart: null,
  socPeriodEnd: null,
  socOpinion: 'not-reviewed',
  bridgeLetterFrom: null,
  bridgeLetterTo: null,
  notes: '',
  ...input,
});

export const DEMO_CLOUD_PROVIDER = 'Northwind Cloud Services';

export const DEMO_VENDORS: VendorInput[] = [
  vendor({
    name: DEMO_CLOUD_PROVIDER,
    service: 'Cloud hosting: managed Kubernetes, PostgreSQL, object storage, data centres',
    criticality: 'critical',
    isSubservice: true,
    subserviceMethod: 'carve-out',
    socReport: 'soc2-type2',
    socPeriodStart: '2025-07-01',
    socPeriodEnd: '2026-06-30',
    socOpinion: 'unqualified',
    bridgeLetterFrom: '2026-07-01',
    bridgeLetterTo: '2026-12-31',
    notes: 'Report and bridge letter reviewed by the Head of Security on 2026-08-04.',
  }),
  vendor({ name: 'Stratus Identity', service: 'Workforce single sign-on and MFA', criticality: 'high', socReport: 'soc2-type2', socPeriodStart: '2025-04-01', socPeriodEnd: '2026-03-31', socOpinion: 'unqualified', notes: 'New report expected in May; chase.' }),
  vendor({ name: 'Pagerly', service: 'On-call alerting and incident paging', criticality: 'medium', socReport: 'soc2-type2', socPeriodStart: '2025-10-01', socPeriodEnd: '2026-09-30', socOpinion: 'qualified', notes: 'Exception on access reviews; our own alert routing tests compensate.' }),
  vendor({ name: 'Postmark Relay', service: 'Transactional e-mail (report delivery)', criticality: 'medium', socReport: 'iso27001', socPeriodStart: '2024-11-15', socPeriodEnd: '2027-11-14', socOpinion: 'unqualified' }),
  vendor({ name: 'Quillstack HR', service: 'HR system of record (hires, leavers, training records)', criticality: 'low' }),
];

/** Catalog CUEC examples the demo adopts as its own. */
export const DEMO_CUEC_IDS = ['CUEC-01', 'CUEC-03', 'CUEC-04', 'CUEC-06', 'CUEC-07', 'CUEC-08'];

/** Catalog CSOC examples for the cloud provider. */
export const DEMO_CSOC_IDS = ['CSOC-01', 'CSOC-02', 'CSOC-03', 'CSOC-04', 'CSOC-05', 'CSOC-06', 'CSOC-07'];
