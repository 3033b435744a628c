import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0007 } from '../../../db/migrations/0007-add-readiness-testing';
import { MIGRATIONS } from '../../../db/migrations/index';
import { insertEngagementControl } from '../../../db/queries/engagement-controls';
import { insertPopulation, populationRowInserter } from '../../../db/queries/populations';
import { insertReadinessTest, insertSample } from '../../../db/queries/readiness-tests';

const NOW = '2026-11-27T10:00:00.000Z';
const HASH = 'b'.repeat(64);

function version7(): { db: Database.Database; controlId: number; populationId: number } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS) if (migration.version <= migration0007.version) migration.up(db);
  const controlId = insertEngagementControl(db, { catalogControlId: 'HR-03', title: 'Access on hire', objective: '', area: 'People', frequency: 'per-event', nature: 'preventive', automation: 'manual', owner: '', implementationStatus: 'implemented', criteria: ['CC6.2'] }, NOW);
  const populationId = insertPopulation(db, {
    name: 'Hires',
    sourceSystem: 'HR system',
    query: '',
    ranBy: '',
    ranOn: null,
    coversFrom: '2026-04-01',
    coversTo: '2026-09-30',
    fileName: 'hires.csv',
    fileSha256: HASH,
    fileBytes: 100,
    encoding: 'utf-8',
    hadBom: false,
    delimiter: ',',
    headers: ['Name', 'Start'],
    rowCount: 2,
    importNotes: [],
    importedBy: 'tester',
    importedAt: NOW,
  });
  const insert = populationRowInserter(db, populationId);
  insert({ rowNumber: 1, lineNumber: 2, cells: ['Ana', '2026-04-02'] });
  insert({ rowNumber: 2, lineNumber: 3, cells: ['Bo', '2026-05-10'] });
  return { db, controlId, populationId };
}

describe('0007-add-readiness-testing', () => {
  it('is registered in version order', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toContain(7);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('keeps population rows exactly as imported', () => {
    const { db } = version7();
    expect(() => db.prepare("UPDATE population_row SET cells = '[\"Eve\"]' WHERE row_number = 1").run()).toThrow(/kept as imported/);
    expect(db.prepare('SELECT count(*) FROM population_row').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses a test that relies on inquiry alone, even written directly', () => {
    const { db, controlId } = version7();
    expect(() => insertReadinessTest(db, { controlId, procedure: 'Ask HR', methods: ['inquiry'] }, NOW)).toThrow(/inquiry alone/);
    const id = insertReadinessTest(db, { controlId, procedure: 'Inspect tickets', methods: ['inquiry', 'inspection'] }, NOW);
    expect(() => db.prepare(`UPDATE readiness_test SET methods = '["inquiry"]' WHERE id = ?`).run(id)).toThrow(/inquiry alone/);
    expect(() => db.prepare(`UPDATE readiness_test SET methods = '[]' WHERE id = ?`).run(id)).toThrow(/inquiry alone/);
    db.close();
  });

  it('never changes a drawn sample, only its results, and keeps used populations', () => {
    const { db, controlId, populationId } = version7();
    const testId = insertReadinessTest(db, { controlId, procedure: '', methods: ['inspection'] }, NOW);
    const sampleId = insertSample(
      db,
      { testId, source: 'population', populationId, sourceSize: 2, sourceSha256: HASH, seed: 'abc', algorithm: 'sha256-rank/1', size: 1, suggestedSize: 2, sizeBasis: '', drawnBy: 'tester', drawnAt: NOW },
      [{ rowNumber: 2, label: 'Bo' }],
      NOW,
    );
    expect(() => db.prepare("UPDATE readiness_sample SET seed = 'other' WHERE id = ?").run(sampleId)).toThrow(/never changes/);
    expect(() => db.prepare('UPDATE readiness_sample_item SET row_number = 1 WHERE sample_id = ?').run(sampleId)).toThrow(/never changes/);
    db.prepare("UPDATE readiness_sample_item SET result = 'pass' WHERE sample_id = ?").run(sampleId);
    expect(() => db.prepare("UPDATE readiness_sample_item SET result = 'maybe' WHERE sample_id = ?").run(sampleId)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM population WHERE id = ?').run(populationId)).toThrow(/FOREIGN KEY/);
    // A sample bigger than what it is drawn from cannot exist.
    expect(() =>
      insertSample(db, { testId, source: 'population', populationId, sourceSize: 2, sourceSha256: HASH, seed: 'x', algorithm: 'a', size: 3, suggestedSize: null, sizeBasis: '', drawnBy: 't', drawnAt: NOW }, [], NOW),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps a did-not-occur record when its evidence is removed, without evidence', () => {
    const { db, controlId } = version7();
    db.prepare("INSERT INTO evidence_blob (id, state, sha256, size, chunk_count, created_at) VALUES (1, 'complete', ?, 0, 0, ?)").run(HASH, NOW);
    db.prepare("INSERT INTO evidence_item (id, blob_id, file_name, media_type, created_at, created_by, updated_at) VALUES (7, 1, 'attestation.pdf', 'application/pdf', ?, 't', ?)").run(NOW, NOW);
    db.prepare("INSERT INTO non_occurrence (control_id, window_start, window_end, reason, evidence_id, recorded_by, recorded_at, updated_at) VALUES (?, '2026-04-01', '2026-06-30', 'No leavers', 7, 't', ?, ?)").run(controlId, NOW, NOW);
    db.prepare('DELETE FROM evidence_item WHERE id = 7').run();
    expect(db.prepare('SELECT reason, evidence_id AS evidenceId FROM non_occurrence').get()).toEqual({ reason: 'No leavers', evidenceId: null });
    expect(() => db.prepare("INSERT INTO non_occurrence (control_id, window_start, window_end, reason, recorded_by, recorded_at, updated_at) VALUES (?, '2026-04-01', '2026-06-30', '  ', 't', ?, ?)").run(controlId, NOW, NOW)).toThrow(/CHECK/);
    db.close();
  });
});
