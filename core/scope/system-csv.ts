import type { SystemComponentInput } from '../../db/queries/system-components';
import { DATA_CLASSIFICATIONS, ENVIRONMENTS, SYSTEM_TYPES } from '../api/scope-types';
import type { CellValue, CsvField } from '../csv/csv-fields';

export type SystemFieldKey = keyof SystemComponentInput;

/** The inventory's columns for CSV import and export. Export headings are the labels, so a round trip maps itself. */
export const SYSTEM_FIELDS: readonly CsvField<SystemFieldKey>[] = [
  { key: 'name', label: 'Name', required: true, example: 'Production PostgreSQL cluster', synonyms: ['component', 'asset', 'asset name', 'system', 'system name', 'hostname', 'host', 'resource', 'application name'], type: { kind: 'text', maxLength: 200 } },
  {
    key: 'type',
    label: 'Type',
    required: true,
    example: 'database',
    synonyms: ['component type', 'asset type', 'category', 'kind', 'class'],
    type: {
      kind: 'choice',
      choices: SYSTEM_TYPES,
      aliases: { server: 'infrastructure', vm: 'infrastructure', virtualmachine: 'infrastructure', cloud: 'infrastructure', cluster: 'infrastructure', container: 'infrastructure', app: 'application', service: 'application', software: 'application', api: 'application', db: 'database', datastore: 'data-store', storage: 'data-store', bucket: 'data-store', firewall: 'network', vpn: 'network', laptop: 'endpoint', workstation: 'endpoint', device: 'endpoint', saasapplication: 'saas', thirdpartysaas: 'saas' },
    },
  },
  { key: 'owner', label: 'Owner', required: false, example: 'Head of Platform', synonyms: ['asset owner', 'responsible', 'owned by', 'team', 'accountable'], type: { kind: 'text', maxLength: 200 } },
  {
    key: 'environment',
    label: 'Environment',
    required: true,
    example: 'production',
    synonyms: ['env', 'stage', 'tier', 'landscape'],
    type: { kind: 'choice', choices: ENVIRONMENTS, aliases: { prod: 'production', prd: 'production', live: 'production', stg: 'staging', stage: 'staging', uat: 'staging', test: 'staging', dev: 'development', corp: 'corporate', office: 'corporate', it: 'corporate', all: 'shared', global: 'shared' } },
  },
  {
    key: 'dataClassification',
    label: 'Data classification',
    required: true,
    example: 'confidential',
    synonyms: ['classification', 'data class', 'sensitivity', 'data sensitivity', 'data category'],
    type: { kind: 'choice', choices: DATA_CLASSIFICATIONS, aliases: { internaluse: 'internal', private: 'confidential', sensitive: 'confidential', customerdata: 'confidential', highlyconfidential: 'restricted', secret: 'restricted', strictlyconfidential: 'restricted', open: 'public' } },
  },
  { key: 'notes', label: 'Notes', required: false, example: 'Holds all customer records', synonyms: ['description', 'comments', 'comment', 'remarks'], type: { kind: 'text', maxLength: 2000 } },
];

export function toSystemInput(values: Record<SystemFieldKey, CellValue>): SystemComponentInput {
  return {
    name: String(values.name),
    type: String(values.type),
    owner: String(values.owner ?? ''),
    environment: String(values.environment),
    dataClassification: String(values.dataClassification),
    notes: String(values.notes ?? ''),
  };
}
