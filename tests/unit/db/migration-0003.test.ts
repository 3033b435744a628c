import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../db/file-header';
import { migration0001 } from '../../../db/migrations/0001-create-workspace-core';
import { migration0002 } from '../../../db/migrations/0002-add-catalog-snapshot';
import { migration0003 } from '../../../db/migrations/0003-add-scope-and-gap-analysis';
import { openWorkspace } from '../../../db/open-workspace';
import { getScopeProfile } from '../../../db/queries/scope-profile';
import { tempDir } from '../helpers/temp';

function version3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of [migration0001, migration0002, migration0003]) migration.up(db);
  return db;
}

const NOW = '2026-01-01T00:00:00.000Z';

describe('0003-add-scope-and-gap-analysis', () => {
  it('creates the profile row, so step 1 always has a profile to edit', () => {
    const db = version3();
    expect(getScopeProfile(db)).toMatchObject({ services: '', headcount: null, confirmedAt: null });
    expect(() => db.prepare("INSERT INTO scope_profile (id, updated_at) VALUES (2, 'x')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses a criterion marked not applicable without a reason, and unknown statuses', () => {
    const db = version3();
    const insert = db.prepare('INSERT INTO criterion_assessment (criterion_id, status, na_reason, updated_at) VALUES (?, ?, ?, ?)');
    expect(() => insert.run('CC1.1', 'not-applicable', '  ', NOW)).toThrow(/CHECK/);
    expect(() => insert.run('CC1.1', 'done', '', NOW)).toThrow(/CHECK/);
    insert.run('CC1.1', 'not-applicable', 'No offices', NOW);
    db.close();
  });

  it('keeps the carve-out choice for subservice organisations only and removes CSOCs with their vendor', () => {
    const db = version3();
    const vendor = db.prepare("INSERT INTO vendor (name, criticality, is_subservice, subservice_method, created_at, updated_at) VALUES (?, 'high', ?, ?, ?, ?)");
    expect(() => vendor.run('Mail', 0, 'carve-out', NOW, NOW)).toThrow(/CHECK/);
    const id = Number(vendor.run('Cloud', 1, 'carve-out', NOW, NOW).lastInsertRowid);
    db.prepare("INSERT INTO csoc (vendor_id, control, created_at) VALUES (?, 'Physical access is restricted', ?)").run(id, NOW);
    db.prepare('DELETE FROM vendor WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM csoc').pluck().get()).toBe(0);
    db.close();
  });

  it('requires a reason to retire a control, and drops its mappings when it is deleted', () => {
    const db = version3();
    const insert = db.prepare("INSERT INTO engagement_control (title, frequency, nature, automation, retired, retired_reason, created_at, updated_at) VALUES ('Backups', 'daily', 'preventive', 'automated', ?, ?, ?, ?)");
    expect(() => insert.run(1, '', NOW, NOW)).toThrow(/CHECK/);
    const id = Number(insert.run(0, '', NOW, NOW).lastInsertRowid);
    db.prepare("INSERT INTO engagement_control_criterion VALUES (?, 'A1.2')").run(id);
    db.prepare("INSERT INTO remediation_item (control_id, title, severity, created_at, updated_at) VALUES (?, 'Test restores', 'high', ?, ?)").run(id, NOW, NOW);
    db.prepare('DELETE FROM engagement_control WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM engagement_control_criterion').pluck().get()).toBe(0);
    expect(db.prepare('SELECT control_id FROM remediation_item').pluck().get()).toBeNull();
    expect(() => db.prepare("INSERT INTO remediation_item (title, severity, created_at, updated_at) VALUES ('x', 'critical', ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    db.close();
  });

  it('upgrades a version-2 workspace in place, adding an empty scope', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.soc2');
    // A real version-2 file, as the app wrote it before this migration existed.
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of [migration0001, migration0002]) migration.up(db);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO engagement (id, organisation_name, updated_at) VALUES (1, 'Old Co', ?)").run(NOW);
    db.close();
    const upgraded = openWorkspace(file, { actor: 'tester' });
    expect(upgraded.read(getScopeProfile).confirmedAt).toBeNull();
    expect(upgraded.read((conn) => conn.prepare('SELECT count(*) FROM criterion_assessment').pluck().get())).toBe(0);
    upgraded.close();
  });
});
