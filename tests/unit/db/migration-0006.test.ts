import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../db/file-header';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations/index';
import { migration0006 } from '../../../db/migrations/0006-add-audit-attestation';
import { readSchema } from '../../../db/schema';
import { openWorkspace } from '../../../db/open-workspace';
import { tempDir } from '../helpers/temp';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version <= version) migration.up(db);
  return db;
}

const SEAL = { version: 1, sealed_at: 't', sealed_by: 'a', schema_version: 6, fingerprint: 'f'.repeat(64), manifest: '{}', activity_seq: 1, activity_hash: 'h', snapshot: Buffer.from('x'), snapshot_sha256: 's', package_fingerprint: 'p', paper: 'a4' };

describe('0006-add-audit-attestation', () => {
  it('adds the step 5 tables', () => {
    const db = upTo(6);
    const names = readSchema(db).map((o) => `${o.type}:${o.name}`);
    expect(names).toEqual(expect.arrayContaining(['table:checklist_waiver', 'table:audit_draft', 'table:seal', 'table:pbc_request', 'table:audit_exception', 'table:final_report', 'trigger:seal_no_update', 'trigger:seal_no_delete']));
    db.close();
  });

  it('never lets a seal change or disappear, and keeps one version per seal', () => {
    const db = upTo(6);
    const insert = db.prepare('INSERT INTO seal VALUES (@version, @sealed_at, @sealed_by, @schema_version, @fingerprint, @manifest, @activity_seq, @activity_hash, @snapshot, @snapshot_sha256, @package_fingerprint, @paper)');
    insert.run(SEAL);
    expect(() => db.prepare("UPDATE seal SET package_fingerprint = 'q'").run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM seal').run()).toThrow(/never changes/);
    expect(() => insert.run(SEAL)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run({ ...SEAL, version: 2, fingerprint: 'g'.repeat(64), paper: 'a3' })).toThrow(/CHECK/);
    db.close();
  });

  it('checks what it stores: a waiver needs a reason, statuses come from fixed lists', () => {
    const db = upTo(6);
    expect(() => db.prepare("INSERT INTO checklist_waiver VALUES ('x', 'short', 'a', 't')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO checklist_waiver VALUES ('x', 'a reason of some length', 'a', 't')").run();
    expect(() => db.prepare("INSERT INTO pbc_request (request, status, created_at, updated_at) VALUES ('r', 'lost', 't', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO pbc_request (request, created_at, updated_at) VALUES ('  ', 't', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO audit_draft VALUES ('opinion', 'x', 'a', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO final_report (id, received_on, opinion, recorded_by, recorded_at) VALUES (1, 'd', 'certified', 'a', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO final_report (id, received_on, recorded_by, recorded_at) VALUES (2, 'd', 'a', 't')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('upgrades a workspace of the previous format in place, keeping its content', () => {
    const dir = tempDir();
    const file = path.join(dir, 'older.soc2');
    const previous = MIGRATIONS.filter((m) => m.version < migration0006.version);
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.transaction(() => {
      for (const migration of previous) migration.up(db);
      db.pragma(`user_version = ${previous[previous.length - 1]!.version}`);
      db.prepare("INSERT INTO engagement (id, organisation_name, updated_at) VALUES (1, 'Older Ltd', '2026-01-01T00:00:00Z')").run();
    })();
    db.close();
    const workspace = openWorkspace(file, { actor: 'tester' });
    expect(workspace.read((w) => w.pragma('user_version', { simple: true }))).toBe(CURRENT_SCHEMA_VERSION);
    expect(workspace.read((w) => w.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('pbc_request', 'seal')").pluck().get())).toBe(2);
    expect(workspace.read((w) => w.prepare('SELECT organisation_name FROM engagement').pluck().get())).toBe('Older Ltd');
    workspace.close();
  });
});
