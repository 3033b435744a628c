import type Database from 'better-sqlite3';

/** A sample the auditor drew from one of the client's populations, kept exactly as received. */
export interface AuditorSampleRecord {
  id: number;
  sampleId: string;
  reviewId: string;
  populationRef: string;
  populationSha256: string;
  seed: string;
  algorithm: string;
  size: number;
  /** 1-based row numbers of the population (data rows, header excluded), ascending. */
  rows: number[];
  drawnBy: string;
  drawnAt: string;
  importedAt: string;
}

export type AuditorSampleInput = Omit<AuditorSampleRecord, 'id'>;

type Row = Omit<AuditorSampleRecord, 'rows'> & { rows: string };

const SELECT = `SELECT id, sample_id AS sampleId, review_id AS reviewId, population_ref AS populationRef, population_sha256 AS populationSha256,
  seed, algorithm, size, rows, drawn_by AS drawnBy, drawn_at AS drawnAt, imported_at AS importedAt FROM auditor_sample`;

export function listAuditorSamples(db: Database.Database): AuditorSampleRecord[] {
  return (db.prepare(`${SELECT} ORDER BY population_ref, drawn_at, id`).all() as Row[]).map((row) => ({ ...row, rows: JSON.parse(row.rows) as number[] }));
}

export function insertAuditorSample(db: Database.Database, sample: AuditorSampleInput): void {
  db.prepare(
    `INSERT INTO auditor_sample (sample_id, review_id, population_ref, population_sha256, seed, algorithm, size, rows, drawn_by, drawn_at, imported_at)
     VALUES (@sampleId, @reviewId, @populationRef, @populationSha256, @seed, @algorithm, @size, @rows, @drawnBy, @drawnAt, @importedAt)`,
  ).run({ ...sample, rows: JSON.stringify(sample.rows) });
}
