import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations/index';
import { expectedSchema, formatSchemaSnapshot } from '../../../db/schema';

const SNAPSHOT = path.resolve(__dirname, '..', '..', '..', 'db', 'schema-snapshot.sql');

/**
 * The committed snapshot makes every schema change visible in review. After an intended change, run
 * `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/db/schema-snapshot.test.ts` and commit the diff.
 */
describe('schema snapshot', () => {
  it('matches the schema the migrations produce', () => {
    const actual = `-- Workspace schema, format version ${CURRENT_SCHEMA_VERSION}. Generated; review changes, do not edit by hand.\n\n${formatSchemaSnapshot(expectedSchema(MIGRATIONS, CURRENT_SCHEMA_VERSION))}`;
    if (process.env['UPDATE_SCHEMA_SNAPSHOT'] === '1') fs.writeFileSync(SNAPSHOT, actual);
    expect(fs.existsSync(SNAPSHOT), 'db/schema-snapshot.sql is missing; generate it (see this test) and commit it').toBe(true);
    expect(actual).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
  });
});
