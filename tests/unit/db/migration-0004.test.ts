import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../db/file-header';
import { migration0001 } from '../../../db/migrations/0001-create-workspace-core';
import { migration0002 } from '../../../db/migrations/0002-add-catalog-snapshot';
import { migration0003 } from '../../../db/migrations/0003-add-scope-and-gap-analysis';
import { migration0004 } from '../../../db/migrations/0004-add-control-implementation';
import { listControlImplementation } from '../../../db/queries/control-implementation';
import { openWorkspace } from '../../../db/open-workspace';
import { tempDir } from '../helpers/temp';

const NOW = '2026-01-01T00:00:00.000Z';
const HASH = 'a'.repeat(64);

function version4(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of [migration0001, migration0002, migration0003, migration0004]) migration.up(db);
  return db;
}

function addPolicy(db: Database.Database): number {
  return Number(db.prepare("INSERT INTO policy (title, created_at, updated_at) VALUES ('Access Control Policy', ?, ?)").run(NOW, NOW).lastInsertRowid);
}

function addControl(db: Database.Database): number {
  return Number(db.prepare("INSERT INTO engagement_control (title, frequency, nature, automation, created_at, updated_at) VALUES ('Access review', 'quarterly', 'detective', 'manual', ?, ?)").run(NOW, NOW).lastInsertRowid);
}

describe('0004-add-control-implementation', () => {
  it('keeps an approved policy version exactly as approved, while drafts stay editable', () => {
    const db = version4();
    const policy = addPolicy(db);
    const insert = db.prepare("INSERT INTO policy_version (policy_id, version, markdown, sha256, author, created_at, updated_at) VALUES (?, ?, 'text', ?, 'me', ?, ?)");
    insert.run(policy, 1, HASH, NOW, NOW);
    expect(() => insert.run(policy, 1, HASH, NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run(policy, 2, 'short', NOW, NOW)).toThrow(/CHECK/);
    db.prepare("UPDATE policy_version SET markdown = 'draft edit' WHERE version = 1").run();
    // An approval needs both the approver and the date.
    expect(() => db.prepare("UPDATE policy_version SET approver = 'Dana' WHERE version = 1").run()).toThrow(/CHECK/);
    db.prepare("UPDATE policy_version SET approver = 'Dana', approved_on = '2026-01-02' WHERE version = 1").run();
    expect(() => db.prepare("UPDATE policy_version SET markdown = 'changed' WHERE version = 1").run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM policy_version WHERE version = 1').run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM policy WHERE id = ?').run(policy)).toThrow(/never changes/);
    expect(() => db.prepare("UPDATE policy SET review_months = 40 WHERE id = ?").run(policy)).toThrow(/CHECK/);
    db.close();
  });

  it('accepts acknowledgements only of a version that exists, once per person', () => {
    const db = version4();
    const policy = addPolicy(db);
    db.prepare("INSERT INTO policy_version (policy_id, version, markdown, sha256, author, created_at, updated_at) VALUES (?, 1, 'text', ?, 'me', ?, ?)").run(policy, HASH, NOW, NOW);
    const ack = db.prepare("INSERT INTO policy_acknowledgement (policy_id, version, person, email, person_key, acknowledged_on, imported_at) VALUES (?, ?, ?, ?, ?, '2026-01-03', ?)");
    ack.run(policy, 1, 'Sam', '', 'sam', NOW);
    expect(() => ack.run(policy, 1, 'Sam', '', 'sam', NOW)).toThrow(/UNIQUE/);
    expect(() => ack.run(policy, 2, 'Sam', '', 'sam', NOW)).toThrow(/FOREIGN KEY/);
    expect(() => ack.run(policy, 1, ' ', '', 'x', NOW)).toThrow(/CHECK/);
    db.close();
  });

  it('links controls to policies and systems, dropping links with either side, and checks stored JSON', () => {
    const db = version4();
    const control = addControl(db);
    const policy = addPolicy(db);
    const system = Number(db.prepare("INSERT INTO system_component (name, type, environment, data_classification, created_at, updated_at) VALUES ('IdP', 'saas', 'corporate', 'confidential', ?, ?)").run(NOW, NOW).lastInsertRowid);
    db.prepare('INSERT INTO control_policy VALUES (?, ?)').run(control, policy);
    db.prepare('INSERT INTO control_system VALUES (?, ?)').run(control, system);
    expect(listControlImplementation(db).get(control)).toMatchObject({ notes: '', key: null, testProcedure: null, suggestedEvidence: null, policyIds: [policy], systemIds: [system] });
    expect(() => db.prepare("UPDATE engagement_control SET test_procedure = '{not json' WHERE id = ?").run(control)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE engagement_control SET key_control = 2 WHERE id = ?').run(control)).toThrow(/CHECK/);
    db.prepare('DELETE FROM system_component WHERE id = ?').run(system);
    db.prepare('DELETE FROM policy WHERE id = ?').run(policy);
    expect(db.prepare('SELECT count(*) FROM control_policy').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM control_system').pluck().get()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 workspace with adopted controls in place; their details read as the library’s', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.soc2');
    // A real version-3 file, as the app wrote it before this migration existed.
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of [migration0001, migration0002, migration0003]) migration.up(db);
    db.pragma('user_version = 3');
    db.prepare("INSERT INTO engagement (id, organisation_name, updated_at) VALUES (1, 'Old Co', ?)").run(NOW);
    const control = addControl(db);
    db.close();
    const upgraded = openWorkspace(file, { actor: 'tester' });
    expect(upgraded.read((conn) => conn.pragma('user_version', { simple: true }))).toBeGreaterThanOrEqual(4);
    expect(upgraded.read(listControlImplementation).get(control)).toMatchObject({ notes: '', key: null, testProcedure: null, policyIds: [] });
    expect(upgraded.read((conn) => conn.prepare('SELECT count(*) FROM policy').pluck().get())).toBe(0);
    upgraded.close();
  });
});
