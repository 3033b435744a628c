import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migration0005 } from '../../../db/migrations/0005-add-evidence-store';

const NOW = '2026-11-27T10:00:00.000Z';
const HASH = 'ab'.repeat(32);

function version5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS) if (migration.version <= migration0005.version) migration.up(db);
  return db;
}

const blob = (db: Database.Database, sha256: string | null, state = sha256 ? 'complete' : 'staging') =>
  Number(db.prepare('INSERT INTO evidence_blob (state, sha256, size, chunk_count, created_at) VALUES (?, ?, 0, 0, ?)').run(state, sha256, NOW).lastInsertRowid);

const item = (db: Database.Database, blobId: number, extra: { coversFrom?: string | null; coversTo?: string | null; method?: string | null } = {}) =>
  Number(
    db
      .prepare('INSERT INTO evidence_item (blob_id, file_name, media_type, covers_from, covers_to, method, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(blobId, 'a.csv', 'text/csv', extra.coversFrom ?? null, extra.coversTo ?? null, extra.method ?? null, NOW, 'tester', NOW).lastInsertRowid,
  );

describe('0005-add-evidence-store', () => {
  it('is registered in order after the migrations before it', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toContain(5);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('keys complete bytes by a unique lower-case SHA-256, and staging bytes by nothing', () => {
    const db = version5();
    blob(db, HASH);
    expect(() => blob(db, HASH)).toThrow(/UNIQUE/);
    expect(() => blob(db, 'AB'.repeat(32))).toThrow(/CHECK/);
    expect(() => blob(db, null, 'complete')).toThrow(/CHECK/);
    expect(() => blob(db, 'cd'.repeat(32), 'staging')).toThrow(/CHECK/);
    expect(blob(db, null)).toBeGreaterThan(0);
    expect(blob(db, null)).toBeGreaterThan(0);
    db.close();
  });

  it('gives one item per blob, never reuses an item number, and checks periods and methods', () => {
    const db = version5();
    const first = item(db, blob(db, HASH), { coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export' });
    expect(() => item(db, 1)).toThrow(/UNIQUE/);
    expect(() => item(db, blob(db, 'cd'.repeat(32)), { coversFrom: '2026-07-01', coversTo: '2026-06-30' })).toThrow(/CHECK/);
    expect(() => item(db, blob(db, 'ef'.repeat(32)), { coversFrom: '2026-07-01' })).toThrow(/CHECK/);
    expect(() => item(db, blob(db, '01'.repeat(32)), { method: 'inquiry' })).toThrow(/CHECK/);
    db.prepare('DELETE FROM evidence_item WHERE id = ?').run(first);
    expect(item(db, blob(db, '23'.repeat(32)))).toBe(first + 1);
    db.close();
  });

  it('drops an item’s links with it, and chunks with their blob', () => {
    const db = version5();
    const blobId = blob(db, HASH);
    const id = item(db, blobId);
    db.prepare("INSERT INTO evidence_control (evidence_id, control_ref) VALUES (?, 'ACC-04')").run(id);
    db.prepare("INSERT INTO evidence_criterion (evidence_id, criterion_id) VALUES (?, 'CC6.2')").run(id);
    db.prepare('INSERT INTO evidence_chunk (blob_id, seq, data) VALUES (?, 0, ?)').run(blobId, Buffer.from('x'));
    expect(() => db.prepare('INSERT INTO evidence_chunk (blob_id, seq, data) VALUES (?, 0, ?)').run(blobId, Buffer.from('y'))).toThrow(/UNIQUE|PRIMARY/);
    db.prepare('DELETE FROM evidence_item WHERE id = ?').run(id);
    expect(db.prepare('SELECT (SELECT count(*) FROM evidence_control) + (SELECT count(*) FROM evidence_criterion)').pluck().get()).toBe(0);
    db.prepare('DELETE FROM evidence_blob WHERE id = ?').run(blobId);
    expect(db.prepare('SELECT count(*) FROM evidence_chunk').pluck().get()).toBe(0);
    db.close();
  });
});
