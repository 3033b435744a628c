import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupPathFor } from '../../../db/migrate';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../db/migrations/index';
import { migration0001 } from '../../../db/migrations/0001-create-workspace-core';
import { migration0002 } from '../../../db/migrations/0002-add-catalog-snapshot';
import { openWorkspace } from '../../../db/open-workspace';
import { readSchema } from '../../../db/schema';
import { newWorkspaceFile, sha256File, tempDir } from '../helpers/temp';

describe('migration list', () => {
  it('has strictly increasing versions starting at 1 and kebab-case names', () => {
    expect(MIGRATIONS[0]!.version).toBe(1);
    MIGRATIONS.forEach((migration, index) => {
      if (index > 0) expect(migration.version).toBeGreaterThan(MIGRATIONS[index - 1]!.version);
      expect(migration.name).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    });
  });
});

describe('0001-create-workspace-core', () => {
  it('creates the core tables and makes the activity log append-only', () => {
    const db = new Database(':memory:');
    migration0001.up(db);
    const names = readSchema(db).map((o) => `${o.type}:${o.name}`);
    expect(names).toEqual(expect.arrayContaining(['table:meta', 'table:engagement', 'table:activity_log', 'trigger:activity_log_no_update', 'trigger:activity_log_no_delete']));
    db.prepare("INSERT INTO activity_log VALUES (1, 'now', 'a', 'b', 'c', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE activity_log SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM activity_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO engagement (id, organisation_name, updated_at) VALUES (2, 'x', 'y')").run()).toThrow(/CHECK/);
    db.close();
  });
});

/** The machinery, exercised with a second version defined only here. */
describe('upgrading an older workspace', () => {
  const addNotes: Migration = { version: CURRENT_SCHEMA_VERSION + 1, name: 'add-test-notes', up: (db) => db.exec('CREATE TABLE test_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;') };
  const broken: Migration = {
    version: CURRENT_SCHEMA_VERSION + 1,
    name: 'add-broken-thing',
    up: (db) => {
      db.exec('CREATE TABLE half_made (x TEXT) STRICT;');
      throw new Error('simulated failure halfway through');
    },
  };

  it('writes a byte-for-byte backup first, then upgrades in place', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const original = sha256File(file);
    const workspace = openWorkspace(file, { actor: 'tester', migrations: [...MIGRATIONS, addNotes] });
    expect(workspace.read((db) => db.pragma('user_version', { simple: true }))).toBe(CURRENT_SCHEMA_VERSION + 1);
    workspace.write({ action: 'note.add', subject: 'note' }, (db) => db.prepare("INSERT INTO test_note (body) VALUES ('kept')").run());
    workspace.close();

    expect(sha256File(backupPathFor(file, CURRENT_SCHEMA_VERSION))).toBe(original);
    const reopened = openWorkspace(file, { actor: 'tester', migrations: [...MIGRATIONS, addNotes] });
    expect(reopened.read((db) => db.prepare('SELECT body FROM test_note').pluck().get())).toBe('kept');
    reopened.close();
  });

  it('leaves the file exactly as it was when a migration fails', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const original = sha256File(file);
    expect(() => openWorkspace(file, { actor: 'tester', migrations: [...MIGRATIONS, broken] })).toThrow(expect.objectContaining({ code: 'WORKSPACE_MIGRATION_FAILED' }));
    expect(sha256File(file)).toBe(original);
    expect(fs.existsSync(backupPathFor(file, CURRENT_SCHEMA_VERSION))).toBe(true);
    const untouched = openWorkspace(file, { actor: 'tester' });
    expect(untouched.read((db) => db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_made'").pluck().get())).toBe(0);
    untouched.close();
  });

  it('upgrades a read-only open on a private copy, never in place', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const original = sha256File(file);
    const workspace = openWorkspace(file, { actor: 'auditor', readOnly: true, migrations: [...MIGRATIONS, addNotes] });
    expect(workspace.readOnly).toBe(true);
    expect(workspace.read((db) => db.pragma('user_version', { simple: true }))).toBe(CURRENT_SCHEMA_VERSION + 1);
    workspace.close();
    expect(sha256File(file)).toBe(original);
    expect(fs.readdirSync(dir)).toEqual(['test.soc2']);
  });
});

describe('0002-add-catalog-snapshot', () => {
  it('adds a single-row catalog snapshot table to a version-1 workspace', () => {
    const db = new Database(':memory:');
    migration0001.up(db);
    migration0002.up(db);
    db.prepare("INSERT INTO catalog_snapshot VALUES (1, 'v', 'h', '{}')").run();
    expect(() => db.prepare("INSERT INTO catalog_snapshot VALUES (2, 'v', 'h', '{}')").run()).toThrow(/CHECK/);
    db.close();
  });
});
