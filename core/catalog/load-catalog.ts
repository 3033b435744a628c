import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ASSETS_DIR } from '../paths';
import { controlSchema, criterionSchema, guidanceSchema, policyIndexEntrySchema, seriesSchema, type Catalog } from './catalog-schema';

/** Control files, in the order their controls appear in the library. */
const CONTROL_FILES = ['governance-people-risk.json', 'access-operations-change.json', 'categories.json'];

export const POLICY_PLACEHOLDERS = ['organisation_name', 'system_name', 'policy_owner', 'security_owner', 'review_cadence', 'effective_date', 'privacy_contact'] as const;

export class CatalogError extends Error {}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CatalogError(`${where}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/**
 * Reads and validates the catalog from a folder (the bundled assets by default), including the
 * cross-references: every control maps to known criteria and policies, every policy template exists
 * and uses only known placeholders.
 */
export function loadCatalogFrom(folder: string): Catalog {
  const manifest = parse(z.object({ version: z.string().min(1), description: z.string() }), readJson(path.join(folder, 'manifest.json')), 'manifest.json');
  const criteriaFile = parse(z.object({ series: z.array(seriesSchema), criteria: z.array(criterionSchema) }).strict(), readJson(path.join(folder, 'criteria.json')), 'criteria.json');
  const controls = CONTROL_FILES.flatMap((file) => parse(z.array(controlSchema), readJson(path.join(folder, 'controls', file)), `controls/${file}`));
  const policyIndex = parse(z.array(policyIndexEntrySchema), readJson(path.join(folder, 'policies', 'index.json')), 'policies/index.json');
  const guidance = parse(guidanceSchema, readJson(path.join(folder, 'guidance.json')), 'guidance.json');

  const criterionIds = new Set(criteriaFile.criteria.map((c) => c.id));
  const seriesIds = new Set(criteriaFile.series.map((s) => s.id));
  const policyIds = new Set(policyIndex.map((p) => p.id));
  const problems: string[] = [];
  for (const criterion of criteriaFile.criteria) if (!seriesIds.has(criterion.series)) problems.push(`criterion ${criterion.id}: unknown series ${criterion.series}`);
  const seenControls = new Set<string>();
  for (const control of controls) {
    if (seenControls.has(control.id)) problems.push(`control ${control.id} is defined twice`);
    seenControls.add(control.id);
    for (const id of control.criteria) if (!criterionIds.has(id)) problems.push(`control ${control.id}: unknown criterion ${id}`);
    for (const id of control.policies) if (!policyIds.has(id)) problems.push(`control ${control.id}: unknown policy ${id}`);
  }
  const policies = policyIndex.map((entry) => {
    for (const id of entry.criteria) if (!criterionIds.has(id)) problems.push(`policy ${entry.id}: unknown criterion ${id}`);
    const markdown = fs.readFileSync(path.join(folder, 'policies', entry.file), 'utf8');
    for (const match of markdown.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!(POLICY_PLACEHOLDERS as readonly string[]).includes(match[1]!)) problems.push(`policy ${entry.id}: unknown placeholder {{${match[1]}}}`);
    }
    return { ...entry, markdown };
  });
  if (problems.length > 0) throw new CatalogError(`The catalog is inconsistent:\n${problems.join('\n')}`);
  return { version: manifest.version, series: criteriaFile.series, criteria: criteriaFile.criteria, controls, policies, guidance };
}

let bundled: Catalog | null = null;

/** The catalog shipped with this version of the app (read once). */
export function bundledCatalog(): Catalog {
  bundled ??= loadCatalogFrom(path.join(ASSETS_DIR, 'catalog'));
  return bundled;
}
