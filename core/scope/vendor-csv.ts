import type { VendorInput } from '../../db/queries/vendors';
import { CRITICALITIES, SOC_OPINIONS, SOC_REPORTS, SUBSERVICE_METHODS } from '../api/scope-types';
import type { CellValue, CsvField } from '../csv/csv-fields';

export type VendorFieldKey = keyof VendorInput;

const text = (maxLength: number) => ({ kind: 'text' as const, maxLength });

/** The vendor register's columns for CSV import and export. */
export const VENDOR_FIELDS: readonly CsvField<VendorFieldKey>[] = [
  { key: 'name', label: 'Vendor', required: true, example: 'Northwind Cloud Services', synonyms: ['name', 'vendor name', 'supplier', 'provider', 'company', 'third party', 'organisation', 'organization'], type: text(200) },
  { key: 'service', label: 'Service provided', required: false, example: 'Cloud hosting (compute, database, storage)', synonyms: ['service', 'services', 'description', 'what they do', 'purpose'], type: text(1000) },
  {
    key: 'criticality',
    label: 'Criticality',
    required: true,
    example: 'critical',
    synonyms: ['risk', 'risk rating', 'risk level', 'tier', 'importance', 'priority'],
    type: { kind: 'choice', choices: CRITICALITIES, aliases: { lo: 'low', minor: 'low', med: 'medium', moderate: 'medium', hi: 'high', major: 'high', crit: 'critical', tier1: 'critical', tier2: 'high', tier3: 'medium', tier4: 'low' } },
  },
  { key: 'isSubservice', label: 'Subservice organisation', required: false, example: 'yes', synonyms: ['subservice', 'sub service', 'subservice org', 'sub-processor', 'subprocessor'], type: { kind: 'boolean' } },
  {
    key: 'subserviceMethod',
    label: 'Carve-out or inclusive',
    required: false,
    example: 'carve-out',
    synonyms: ['method', 'subservice method', 'treatment', 'carve out', 'inclusive method'],
    type: { kind: 'choice', choices: SUBSERVICE_METHODS, aliases: { carveout: 'carve-out', carved: 'carve-out', excluded: 'carve-out', included: 'inclusive', inclusivemethod: 'inclusive' } },
  },
  {
    key: 'socReport',
    label: 'Assurance report',
    required: false,
    example: 'soc2-type2',
    synonyms: ['soc report', 'report', 'report type', 'assurance', 'certification', 'audit report'],
    type: {
      kind: 'choice',
      choices: SOC_REPORTS,
      aliases: { soc2typeii: 'soc2-type2', soc2type2: 'soc2-type2', soc2: 'soc2-type2', type2: 'soc2-type2', typeii: 'soc2-type2', soc2typei: 'soc2-type1', soc2type1: 'soc2-type1', soc1typeii: 'soc1-type2', soc1type2: 'soc1-type2', soc1: 'soc1-type2', iso27001: 'iso27001', iso: 'iso27001', nonerequested: 'none', na: 'none', notavailable: 'none' },
    },
  },
  { key: 'socPeriodStart', label: 'Report period start', required: false, example: '2025-10-01', synonyms: ['soc period start', 'period start', 'coverage start', 'report from', 'period from'], type: { kind: 'date' } },
  { key: 'socPeriodEnd', label: 'Report period end', required: false, example: '2026-09-30', synonyms: ['soc period end', 'period end', 'coverage end', 'report to', 'period to', 'report date'], type: { kind: 'date' } },
  {
    key: 'socOpinion',
    label: 'Opinion',
    required: false,
    example: 'unqualified',
    synonyms: ['auditor opinion', 'audit opinion', 'soc opinion', 'result'],
    type: { kind: 'choice', choices: SOC_OPINIONS, aliases: { clean: 'unqualified', unmodified: 'unqualified', modified: 'qualified', notreviewed: 'not-reviewed', unknown: 'not-reviewed', pending: 'not-reviewed' } },
  },
  { key: 'bridgeLetterFrom', label: 'Bridge letter from', required: false, example: '2026-10-01', synonyms: ['bridge from', 'gap letter from', 'bridge letter start'], type: { kind: 'date' } },
  { key: 'bridgeLetterTo', label: 'Bridge letter to', required: false, example: '2026-12-31', synonyms: ['bridge to', 'gap letter to', 'bridge letter end', 'bridge letter'], type: { kind: 'date' } },
  { key: 'notes', label: 'Notes', required: false, example: 'Contract renews in March', synonyms: ['comments', 'comment', 'remarks'], type: text(2000) },
];

const date = (value: CellValue) => (typeof value === 'string' && value !== '' ? value : null);

/** Cross-field rules a single cell cannot express; returns the vendor or the reason it cannot be imported. */
export function toVendorInput(values: Record<VendorFieldKey, CellValue>): { vendor: VendorInput } | { error: string } {
  const isSubservice = values.isSubservice === true;
  const method = typeof values.subserviceMethod === 'string' && values.subserviceMethod !== '' ? values.subserviceMethod : null;
  if (method && !isSubservice) return { error: 'Carve-out or inclusive is set, but the vendor is not marked as a subservice organisation' };
  const vendor: VendorInput = {
    name: String(values.name),
    service: String(values.service ?? ''),
    criticality: String(values.criticality),
    isSubservice,
    subserviceMethod: method,
    socReport: typeof values.socReport === 'string' && values.socReport !== '' ? values.socReport : 'none',
    socPeriodStart: date(values.socPeriodStart),
    socPeriodEnd: date(values.socPeriodEnd),
    socOpinion: typeof values.socOpinion === 'string' && values.socOpinion !== '' ? values.socOpinion : 'not-reviewed',
    bridgeLetterFrom: date(values.bridgeLetterFrom),
    bridgeLetterTo: date(values.bridgeLetterTo),
    notes: String(values.notes ?? ''),
  };
  if (vendor.socPeriodStart && vendor.socPeriodEnd && vendor.socPeriodEnd < vendor.socPeriodStart) return { error: 'Report period end is before its start' };
  if (vendor.bridgeLetterFrom && vendor.bridgeLetterTo && vendor.bridgeLetterTo < vendor.bridgeLetterFrom) return { error: 'Bridge letter ends before it starts' };
  return { vendor };
}
