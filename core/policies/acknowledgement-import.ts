import { insertAcknowledgement, listAcknowledgements } from '../../db/queries/policy-acknowledgements';
import { listPolicies, listPolicyVersions, type PolicyVersionRecord } from '../../db/queries/policies';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { AcknowledgementImportResult, DateOrder } from '../api/policy-types';
import type { CsvPreviewView, CsvRowProblem } from '../api/scope-types';
import type { CsvField } from '../csv/csv-fields';
import { previewCsv, readCsvForImport } from '../csv/csv-import';
import { parseExportDate } from './parse-date';
import { policyRef } from './policy-ref';

export type AcknowledgementField = 'email' | 'person' | 'policy' | 'version' | 'acknowledgedOn';

const text = (maxLength: number) => ({ kind: 'text' as const, maxLength });

/**
 * The columns of an acknowledgement export. HR and e-signature tools name them in many ways, so each
 * has the usual alternatives; the person confirms or changes the guess before anything is imported.
 * E-mail comes first so that a heading such as "Employee e-mail" is not taken for the person's name.
 */
export const ACKNOWLEDGEMENT_FIELDS: readonly CsvField<AcknowledgementField>[] = [
  { key: 'email', label: 'E-mail', required: false, example: 'sam.lee@example.com', synonyms: ['email', 'e-mail address', 'email address', 'work email', 'work e-mail', 'mail', 'business email', 'user principal name', 'upn', 'login'], type: text(320) },
  { key: 'person', label: 'Person', required: false, example: 'Sam Lee', synonyms: ['name', 'full name', 'employee', 'employee name', 'staff member', 'worker', 'worker name', 'display name', 'colleague', 'signer', 'signer name', 'signed by', 'user', 'legal name', 'first and last name'], type: text(200) },
  { key: 'policy', label: 'Policy', required: false, example: 'Access Control Policy (or POL-ACC)', synonyms: ['policy name', 'policy title', 'document', 'document name', 'document title', 'doc', 'course', 'agreement', 'form'], type: text(300) },
  { key: 'version', label: 'Version', required: false, example: '2 (or v2)', synonyms: ['policy version', 'document version', 'doc version', 'rev', 'revision', 'ver', 'doc rev'], type: text(40) },
  {
    key: 'acknowledgedOn',
    label: 'Acknowledged on',
    required: true,
    example: '2026-03-15',
    synonyms: ['acknowledged', 'acknowledged at', 'acknowledgement date', 'date acknowledged', 'date', 'signed', 'signed on', 'signed at', 'date signed', 'completed', 'completed on', 'completion date', 'accepted', 'accepted on', 'attested', 'timestamp'],
    type: text(60),
  },
];

export function previewAcknowledgements(csv: string): CsvPreviewView {
  return previewCsv(csv, ACKNOWLEDGEMENT_FIELDS);
}

const normalise = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "2", "v2", "V 2", "2.0", "Version 2", "rev. 2" → 2; anything else is not a version number. */
export function parseVersion(raw: string): number | null {
  const match = /^(?:v|ver|version|rev|revision)?\.?\s*(\d{1,4})(?:\.0+)?$/i.exec(raw.trim());
  const version = match ? Number(match[1]) : NaN;
  return Number.isInteger(version) && version >= 1 ? version : null;
}

interface PolicyIndex {
  byName: Map<string, number>;
  titles: Map<number, string>;
  versions: Map<number, PolicyVersionRecord[]>;
}

function indexPolicies(workspace: Workspace): PolicyIndex {
  const byName = new Map<string, number>();
  const titles = new Map<number, string>();
  const versions = new Map<number, PolicyVersionRecord[]>();
  workspace.read((db) => {
    for (const policy of listPolicies(db)) {
      titles.set(policy.id, policy.title);
      for (const name of [policyRef(policy), policy.title, policy.title.replace(/\s+policy$/i, '')]) byName.set(normalise(name), policy.id);
    }
    for (const version of listPolicyVersions(db)) versions.set(version.policyId, [...(versions.get(version.policyId) ?? []), version]);
  });
  return { byName, titles, versions };
}

interface ResolvedRow {
  line: number;
  policyId: number;
  version: number;
  person: string;
  email: string;
  acknowledgedOn: string;
}

function resolveRow(values: Record<AcknowledgementField, string>, line: number, raw: string[], index: PolicyIndex, options: { policyId: number | null; dateOrder: DateOrder; today: string }): ResolvedRow | CsvRowProblem {
  const errors: string[] = [];
  const person = values.person.trim();
  const email = values.email.trim();
  if (person === '' && email === '') errors.push('neither a name nor an e-mail address');
  if (email !== '' && !EMAIL.test(email)) errors.push(`E-mail “${email}” is not an e-mail address`);

  let policyId: number | null = options.policyId;
  const policyText = values.policy.trim();
  if (policyText !== '') {
    policyId = index.byName.get(normalise(policyText)) ?? index.byName.get(normalise(policyText.replace(/\s+policy$/i, ''))) ?? null;
    if (policyId === null) errors.push(`Policy “${policyText}” is not a policy of this engagement`);
  } else if (policyId === null) {
    errors.push('Policy is empty');
  }

  const parsedDate = parseExportDate(values.acknowledgedOn, options.dateOrder);
  const acknowledgedOn = 'date' in parsedDate ? parsedDate.date : null;
  if (!('date' in parsedDate)) errors.push(`Acknowledged on: ${parsedDate.error}`);
  else if (parsedDate.date > options.today) errors.push(`Acknowledged on ${parsedDate.date} is in the future`);

  let version: number | null = null;
  const versionText = values.version.trim();
  if (versionText !== '') {
    version = parseVersion(versionText);
    if (version === null) errors.push(`Version “${versionText}” is not a version number`);
  }

  if (errors.length === 0 && policyId !== null && acknowledgedOn !== null) {
    const title = index.titles.get(policyId) ?? 'The policy';
    const approved = (index.versions.get(policyId) ?? []).filter((v) => v.approvedOn !== null);
    if (version === null) {
      // No version column: the version in force on the day it was acknowledged.
      const inForce = approved.filter((v) => v.approvedOn! <= acknowledgedOn).sort((a, b) => b.version - a.version)[0];
      if (inForce) version = inForce.version;
      else errors.push(`${title} had no approved version on ${acknowledgedOn}`);
    } else {
      const match = approved.find((v) => v.version === version);
      if (!match) errors.push(`${title} has no approved version ${version}`);
      else if (match.approvedOn! > acknowledgedOn) errors.push(`acknowledged on ${acknowledgedOn}, before version ${version} was approved (${match.approvedOn})`);
    }
  }

  if (errors.length > 0 || policyId === null || version === null || acknowledgedOn === null) return { line, message: errors.join('; '), values: raw };
  return { line, policyId, version, person, email, acknowledgedOn };
}

/**
 * Imports acknowledgements from an HR export with the column mapping the person confirmed. Every row
 * is either recorded, reported as already recorded, or reported with its row number and the reasons
 * it could not be read: nothing is dropped without saying so. All rows land in one logged change.
 */
export function importAcknowledgements(
  workspace: Workspace,
  input: { csv: string; mapping: Readonly<Record<string, number | null>>; policyId: number | null; dateOrder: DateOrder; source: string },
): AcknowledgementImportResult {
  const mapping = input.mapping;
  if ((mapping['policy'] ?? null) === null && input.policyId === null) throw new ApiError('BAD_ARGUMENT', 'Choose the column that names the policy, or choose the one policy every row of this file is for.');
  if ((mapping['person'] ?? null) === null && (mapping['email'] ?? null) === null) throw new ApiError('BAD_ARGUMENT', 'Choose the column that holds each person’s name or e-mail address.');
  const index = indexPolicies(workspace);
  if (input.policyId !== null && !index.titles.has(input.policyId)) throw new ApiError('BAD_ARGUMENT', 'The chosen policy no longer exists in this engagement. Reload the list and choose again.');
  const { valid, problems } = readCsvForImport(input.csv, ACKNOWLEDGEMENT_FIELDS, mapping);
  const today = workspace.now().slice(0, 10);
  const skipped: CsvRowProblem[] = [...problems];
  const rows: ResolvedRow[] = [];
  for (const row of valid) {
    const values = Object.fromEntries(ACKNOWLEDGEMENT_FIELDS.map((field) => [field.key, String(row.values[field.key] ?? '')])) as Record<AcknowledgementField, string>;
    const resolved = resolveRow(values, row.line, row.raw, index, { policyId: input.policyId, dateOrder: input.dateOrder, today });
    if ('message' in resolved) skipped.push(resolved);
    else rows.push(resolved);
  }
  skipped.sort((a, b) => a.line - b.line);
  // Already recorded, or listed twice in this file: reported as duplicates, never recorded twice.
  const seen = new Set(workspace.read((db) => listAcknowledgements(db)).map((ack) => `${ack.policyId}|${ack.version}|${ack.personKey}`));
  const duplicates: AcknowledgementImportResult['duplicates'] = [];
  const fresh: (ResolvedRow & { personKey: string })[] = [];
  for (const row of rows) {
    const personKey = (row.email !== '' ? row.email : row.person).toLowerCase();
    const key = `${row.policyId}|${row.version}|${personKey}`;
    if (seen.has(key)) duplicates.push({ line: row.line, person: row.person || row.email, policy: index.titles.get(row.policyId) ?? '', version: row.version });
    else fresh.push({ ...row, personKey });
    seen.add(key);
  }
  if (fresh.length > 0) {
    const details = { source: input.source, imported: fresh.length, duplicates: duplicates.length, notImported: skipped.length };
    workspace.write({ action: 'policy.importAcknowledgements', subject: 'acknowledgements', details }, (db) => {
      const now = workspace.now();
      for (const row of fresh) insertAcknowledgement(db, { policyId: row.policyId, version: row.version, person: row.person, email: row.email, personKey: row.personKey, acknowledgedOn: row.acknowledgedOn, source: input.source }, now);
    });
  }
  const imported = fresh.length;
  return { imported, duplicates, skipped };
}
