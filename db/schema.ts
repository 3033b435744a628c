import Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/** One row of sqlite_schema, as compared between a file and what the app expects. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export function readSchema(db: Database.Database): SchemaObject[] {
  return db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`)
    .all() as SchemaObject[];
}

const expectedCache = new Map<string, SchemaObject[]>();

/**
 * The schema a workspace of `version` must have: built by running the migrations up to it on an
 * in-memory database, so it can never drift from what the migrations really create.
 */
export function expectedSchema(migrations: readonly Migration[], version: number): SchemaObject[] {
  const key = `${migrations.map((m) => `${m.version}:${m.name}`).join(',')}@${version}`;
  const cached = expectedCache.get(key);
  if (cached) return cached;
  const memory = new Database(':memory:');
  try {
    for (const migration of migrations) {
      if (migration.version > version) break;
      migration.up(memory);
    }
    const schema = readSchema(memory);
    expectedCache.set(key, schema);
    return schema;
  } finally {
    memory.close();
  }
}

/** Human-readable differences, empty when the two schemas are identical. */
export function diffSchemas(actual: SchemaObject[], expected: SchemaObject[]): string[] {
  const label = (o: SchemaObject) => `${o.type} ${o.name}`;
  const expectedByLabel = new Map(expected.map((o) => [label(o), o]));
  const actualByLabel = new Map(actual.map((o) => [label(o), o]));
  const problems: string[] = [];
  for (const [key, object] of actualByLabel) {
    const wanted = expectedByLabel.get(key);
    if (!wanted) problems.push(`unexpected ${key}`);
    else if (wanted.sql !== object.sql || wanted.tbl_name !== object.tbl_name) problems.push(`altered ${key}`);
  }
  for (const key of expectedByLabel.keys()) {
    if (!actualByLabel.has(key)) problems.push(`missing ${key}`);
  }
  return problems;
}

/** A stable text form of the schema, committed as a snapshot so that schema changes are reviewed. */
export function formatSchemaSnapshot(schema: SchemaObject[]): string {
  return schema.map((o) => `-- ${o.type} ${o.name} on ${o.tbl_name}\n${o.sql ?? '(automatic)'};\n`).join('\n');
}
