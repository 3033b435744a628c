import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { activityHead } from '../../db/activity-log';
import { MIGRATIONS } from '../../db/migrations/index';

/**
 * A sealed snapshot: every row of every content table of the workspace, in a canonical JSON form, so
 * the state at sealing time can be kept inside the workspace (compressed), hashed, verified later and
 * restored to rebuild that version's package byte for byte.
 *
 * Left out: the activity log (its head hash, recorded in the manifest, commits to every entry before
 * it) and the seals themselves. Binary values up to 64 KiB are kept whole; larger ones (evidence
 * chunks) are kept as their SHA-256 and size: evidence is content-addressed, so the bytes stay in the
 * evidence store under that hash.
 */

export const SNAPSHOT_FORMAT = 'soc2-workbench-snapshot/1';
export const SEAL_MANIFEST_FORMAT = 'soc2-workbench-seal/1';
const INLINE_BLOB_LIMIT = 64 * 1024;
const EXCLUDED_TABLES = new Set(['activity_log', 'seal']);

type Cell = null | number | string | { $blob: string } | { $sha256: string; size: number };

export interface SnapshotTable {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: number;
  tables: SnapshotTable[];
}

export interface SealManifest {
  format: typeof SEAL_MANIFEST_FORMAT;
  version: number;
  sealedAt: string;
  sealedBy: string;
  workspaceId: string;
  schemaVersion: number;
  activityHead: { seq: number; hash: string };
  snapshotSha256: string;
  tables: { name: string; rows: number; sha256: string }[];
}

export interface CapturedSnapshot {
  snapshot: Snapshot;
  /** The canonical JSON of the snapshot, and its SHA-256. */
  json: string;
  sha256: string;
  compressed: Buffer;
  activityHead: { seq: number; hash: string };
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function encodeCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Buffer.isBuffer(value)) return value.length <= INLINE_BLOB_LIMIT ? { $blob: value.toString('base64') } : { $sha256: sha256(value), size: value.length };
  return String(value);
}

function decodeCell(cell: Cell): unknown {
  if (cell === null || typeof cell === 'number' || typeof cell === 'string') return cell;
  if ('$blob' in cell) return Buffer.from(cell.$blob, 'base64');
  // A large value kept by hash: its bytes live in the evidence store, read from there by hash.
  return Buffer.alloc(0);
}

/** The content tables of a workspace, in name order (names come from the verified schema). */
function contentTables(db: Database.Database): { name: string; withoutRowid: boolean }[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const list = new Map((db.prepare('PRAGMA table_list').all() as { name: string; wr: number }[]).map((t) => [t.name, t.wr === 1]));
  return tables.filter((name) => !EXCLUDED_TABLES.has(name)).map((name) => ({ name, withoutRowid: list.get(name) ?? false }));
}

function orderBy(db: Database.Database, table: string, withoutRowid: boolean): string {
  if (!withoutRowid) return 'rowid';
  const keys = (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; pk: number }[]).filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return keys.map((c) => quote(c.name)).join(', ');
}

/** Reads the whole content in one read transaction, so the snapshot is consistent. */
export function captureSnapshot(db: Database.Database, schemaVersion: number): CapturedSnapshot {
  const read = db.transaction(() => {
    const tables: SnapshotTable[] = [];
    for (const { name, withoutRowid } of contentTables(db)) {
      const statement = db.prepare(`SELECT * FROM ${quote(name)} ORDER BY ${orderBy(db, name, withoutRowid)}`).raw(true);
      const columns = statement.columns().map((c) => c.name);
      const rows: Cell[][] = [];
      for (const row of statement.iterate() as IterableIterator<unknown[]>) rows.push(row.map(encodeCell));
      tables.push({ name, columns, rows });
    }
    return { tables, head: activityHead(db) };
  });
  const { tables, head } = read();
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, schemaVersion, tables };
  const json = JSON.stringify(snapshot);
  return { snapshot, json, sha256: sha256(json), compressed: zlib.gzipSync(json, { level: 9 }), activityHead: head };
}

/** SHA-256 of one table: its column names, then each row, one JSON line each. */
export function tableHash(table: SnapshotTable): string {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify(table.columns)}\n`);
  for (const row of table.rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

export function buildSealManifest(fields: Omit<SealManifest, 'format' | 'tables' | 'schemaVersion' | 'snapshotSha256'>, captured: { snapshot: Snapshot; sha256: string }): SealManifest {
  return {
    format: SEAL_MANIFEST_FORMAT,
    version: fields.version,
    sealedAt: fields.sealedAt,
    sealedBy: fields.sealedBy,
    workspaceId: fields.workspaceId,
    schemaVersion: captured.snapshot.schemaVersion,
    activityHead: fields.activityHead,
    snapshotSha256: captured.sha256,
    tables: captured.snapshot.tables.map((table) => ({ name: table.name, rows: table.rows.length, sha256: tableHash(table) })),
  };
}

/** The exact text stored and hashed: fixed key order, two-space indent, final newline. */
export function serialiseSealManifest(manifest: SealManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function sealFingerprint(manifestText: string): string {
  return sha256(manifestText);
}

export class SnapshotError extends Error {}

/** Decompresses and checks a stored snapshot against its recorded SHA-256. */
export function readSnapshot(compressed: Buffer, expectedSha256: string): { snapshot: Snapshot; json: string } {
  let json: string;
  try {
    json = zlib.gunzipSync(compressed, { maxOutputLength: 2 ** 31 - 1 }).toString('utf8');
  } catch {
    throw new SnapshotError('the stored snapshot cannot be decompressed');
  }
  if (sha256(json) !== expectedSha256) throw new SnapshotError('the stored snapshot does not match its recorded SHA-256');
  const parsed = JSON.parse(json) as Snapshot;
  if (parsed.format !== SNAPSHOT_FORMAT || !Array.isArray(parsed.tables) || typeof parsed.schemaVersion !== 'number') throw new SnapshotError('the stored snapshot is not in a form this app understands');
  return { snapshot: parsed, json };
}

/**
 * Rebuilds the sealed state in a private in-memory database: the schema of the snapshot's version,
 * its rows, then the migrations since, exactly as an older workspace would be upgraded. Triggers are
 * removed first so that restoring rows never fires behaviour meant for edits.
 */
export function restoreSnapshot(snapshot: Snapshot): Database.Database {
  const db = new Database(':memory:');
  try {
    for (const migration of MIGRATIONS) if (migration.version <= snapshot.schemaVersion) migration.up(db);
    for (const trigger of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER ${quote(trigger)}`);
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
    const known = new Set(contentTables(db).map((t) => t.name));
    db.transaction(() => {
      for (const table of snapshot.tables) {
        if (!known.has(table.name)) throw new SnapshotError(`the snapshot has a table (${table.name}) its schema version does not`);
        const columns = new Set((db.prepare(`PRAGMA table_info(${quote(table.name)})`).all() as { name: string }[]).map((c) => c.name));
        for (const column of table.columns) if (!columns.has(column)) throw new SnapshotError(`the snapshot has a column (${table.name}.${column}) its schema version does not`);
        db.exec(`DELETE FROM ${quote(table.name)}`);
        if (table.columns.length === 0) continue;
        const insert = db.prepare(`INSERT INTO ${quote(table.name)} (${table.columns.map(quote).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`);
        for (const row of table.rows) insert.run(...row.map(decodeCell));
      }
    })();
    db.pragma('ignore_check_constraints = OFF');
    for (const migration of MIGRATIONS) if (migration.version > snapshot.schemaVersion) migration.up(db);
    db.pragma(`user_version = ${Number(MIGRATIONS[MIGRATIONS.length - 1]!.version)}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
