import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ASSETS_DIR } from '../paths';
import { controlSchema, criterionSchema, guidanceSchema, policyIndexEntrySchema, seriesSchema, type Catalog } from './catalog-schema';
import { catalogProblems } from './check-catalog';
import { describeIssue } from './describe-issue';

export { POLICY_PLACEHOLDERS } from './check-catalog';

/** Control files, in the order their controls appear in the library. */
const CONTROL_FILES = ['governance-people-risk.json', 'access-operations-change.json', 'categories.json'];

export class CatalogError extends Error {}

function readText(folder: string, file: string): string {
  try {
    return fs.readFileSync(path.join(folder, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CatalogError(`${file}: ${code === 'ENOENT' ? 'the file is missing' : `cannot be read (${code ?? 'unknown error'})`}`);
  }
}

function readJson(folder: string, file: string): unknown {
  const text = readText(folder, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new CatalogError(`${where}: ${describeIssue(value, result.error)}`);
  }
  return result.data;
}

/**
 * Reads and validates the catalog from a folder (the bundled assets by default), including the
 * cross-references: every control maps to known criteria and policies, every policy template exists
 * and uses only known placeholders. Every failure names the file and the item.
 */
export function loadCatalogFrom(folder: string): Catalog {
  const manifest = parse(z.object({ version: z.string().min(1), description: z.string() }), readJson(folder, 'manifest.json'), 'manifest.json');
  const criteriaFile = parse(z.object({ series: z.array(seriesSchema), criteria: z.array(criterionSchema) }).strict(), readJson(folder, 'criteria.json'), 'criteria.json');
  const controls = CONTROL_FILES.flatMap((file) => parse(z.array(controlSchema), readJson(folder, `controls/${file}`), `controls/${file}`));
  const policyIndex = parse(z.array(policyIndexEntrySchema), readJson(folder, 'policies/index.json'), 'policies/index.json');
  const guidance = parse(guidanceSchema, readJson(folder, 'guidance.json'), 'guidance.json');
  const policies = policyIndex.map((entry) => ({ ...entry, markdown: readText(folder, `policies/${entry.file}`) }));

  const catalog: Catalog = { version: manifest.version, series: criteriaFile.series, criteria: criteriaFile.criteria, controls, policies, guidance };
  const problems = catalogProblems(catalog);
  if (problems.length > 0) throw new CatalogError(`The catalog is inconsistent:\n${problems.join('\n')}`);
  return catalog;
}

let bundled: Catalog | null = null;

/** The catalog shipped with this version of the app (read once). */
export function bundledCatalog(): Catalog {
  bundled ??= loadCatalogFrom(path.join(ASSETS_DIR, 'catalog'));
  return bundled;
}
