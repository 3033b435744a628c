import type { Criticality, DataClassification, Environment, ScopeSectionId, SocOpinion, SocReport, SubserviceMethod, SystemType } from '../../../../core/api/scope-types';

/** Words for the stored values; typed against the API's unions so a new value cannot be forgotten. */

export const SYSTEM_TYPE_LABELS: Record<SystemType, string> = {
  infrastructure: 'Infrastructure (servers, clusters, cloud accounts)',
  application: 'Application or service',
  database: 'Database',
  'data-store': 'Data store (buckets, file shares, backups)',
  network: 'Network (firewall, CDN, VPN)',
  endpoint: 'Endpoints (laptops, devices)',
  saas: 'SaaS tool used to run the system',
  other: 'Other',
};

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  production: 'Production',
  staging: 'Staging / test',
  development: 'Development',
  corporate: 'Corporate IT',
  shared: 'Shared by several environments',
};

export const CLASSIFICATION_LABELS: Record<DataClassification, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential (customer data)',
  restricted: 'Restricted (most sensitive)',
};

export const CRITICALITY_LABELS: Record<Criticality, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export const METHOD_LABELS: Record<SubserviceMethod, string> = {
  'carve-out': 'Carve-out: its controls are excluded; you list the CSOCs you rely on',
  inclusive: 'Inclusive: its controls are described and tested in your report',
};

export const SOC_REPORT_LABELS: Record<SocReport, string> = {
  none: 'None received',
  'soc2-type2': 'SOC 2 Type II',
  'soc2-type1': 'SOC 2 Type I',
  'soc1-type2': 'SOC 1 Type II',
  iso27001: 'ISO/IEC 27001 certificate',
  other: 'Other assurance',
};

export const OPINION_LABELS: Record<SocOpinion, string> = {
  'not-reviewed': 'Not reviewed yet',
  unqualified: 'Unqualified (clean)',
  qualified: 'Qualified (with exceptions)',
  adverse: 'Adverse',
  disclaimer: 'Disclaimer of opinion',
};

export const SECTION_TITLES: Record<ScopeSectionId, string> = {
  engagement: 'Engagement',
  profile: 'Organisation',
  categories: 'Categories',
  description: 'System description',
  cuecs: 'User entity controls',
  vendors: 'Vendors',
  systems: 'Systems',
  exclusions: 'Not applicable',
  summary: 'Summary',
};

export const SECTION_ORDER: readonly ScopeSectionId[] = ['engagement', 'profile', 'categories', 'description', 'cuecs', 'vendors', 'systems', 'exclusions', 'summary'];

/** Keys of a label map, in its declared order (for selects). */
export function choices<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}
