import type Database from 'better-sqlite3';

export type SampleSizeBasis = 'frequency' | 'population';

/** A value of the engagement's sample-size table that differs from the catalog's (a size, or a percent for a percentage band). */
export interface SampleSizeOverride {
  basis: SampleSizeBasis;
  key: string;
  value: number;
  updatedBy: string;
  updatedAt: string;
}

export function listSampleSizeOverrides(db: Database.Database): SampleSizeOverride[] {
  return db.prepare('SELECT basis, key, value, updated_by AS updatedBy, updated_at AS updatedAt FROM sample_size_override ORDER BY basis, key').all() as SampleSizeOverride[];
}

export function setSampleSizeOverride(db: Database.Database, basis: SampleSizeBasis, key: string, value: number, actor: string, now: string): void {
  db.prepare(
    `INSERT INTO sample_size_override (basis, key, value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (basis, key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(basis, key, value, actor, now);
}

/** Back to the catalog's value. */
export function clearSampleSizeOverride(db: Database.Database, basis: SampleSizeBasis, key: string): boolean {
  return db.prepare('DELETE FROM sample_size_override WHERE basis = ? AND key = ?').run(basis, key).changes > 0;
}
