import type Database from 'better-sqlite3';

export type PaperSize = 'a4' | 'letter';

/** One sealed version, without its (possibly large) snapshot. */
export interface SealSummaryRecord {
  version: number;
  sealedAt: string;
  sealedBy: string;
  schemaVersion: number;
  fingerprint: string;
  activitySeq: number;
  activityHash: string;
  snapshotSha256: string;
  packageFingerprint: string;
  paper: PaperSize;
}

export interface SealRecord extends SealSummaryRecord {
  manifest: string;
  snapshot: Buffer;
}

const SUMMARY_COLUMNS = `version, sealed_at AS sealedAt, sealed_by AS sealedBy, schema_version AS schemaVersion, fingerprint,
  activity_seq AS activitySeq, activity_hash AS activityHash, snapshot_sha256 AS snapshotSha256,
  package_fingerprint AS packageFingerprint, paper`;

export function listSeals(db: Database.Database): SealSummaryRecord[] {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM seal ORDER BY version`).all() as SealSummaryRecord[];
}

export function getSeal(db: Database.Database, version: number): SealRecord | undefined {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS}, manifest, snapshot FROM seal WHERE version = ?`).get(version) as SealRecord | undefined;
}

export function nextSealVersion(db: Database.Database): number {
  return ((db.prepare('SELECT max(version) FROM seal').pluck().get() as number | null) ?? 0) + 1;
}

/** Seals are only ever inserted; the table's triggers refuse updates and deletes. */
export function insertSeal(db: Database.Database, seal: SealRecord): void {
  db.prepare(
    `INSERT INTO seal (version, sealed_at, sealed_by, schema_version, fingerprint, manifest, activity_seq, activity_hash, snapshot, snapshot_sha256, package_fingerprint, paper)
     VALUES (@version, @sealedAt, @sealedBy, @schemaVersion, @fingerprint, @manifest, @activitySeq, @activityHash, @snapshot, @snapshotSha256, @packageFingerprint, @paper)`,
  ).run(seal);
}
