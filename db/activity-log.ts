import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The append-only activity log. Each entry carries the SHA-256 of the previous one, so removing,
 * reordering or editing any entry breaks the chain from that point on. Entries are written by the
 * same transaction as the change they record (see Workspace.write).
 */

export const GENESIS_HASH = '0'.repeat(64);

export interface ActivityInput {
  actor: string;
  action: string;
  subject: string;
  details?: Record<string, unknown>;
}

export interface ActivityEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prevHash: string;
  hash: string;
}

export function hashActivityEntry(entry: Omit<ActivityEntry, 'hash'>): string {
  const canonical = JSON.stringify([entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.details, entry.prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function activityHead(db: Database.Database): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

export function appendActivity(db: Database.Database, input: ActivityInput, at: string): ActivityEntry {
  const head = activityHead(db);
  const partial = {
    seq: head.seq + 1,
    at,
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    details: JSON.stringify(input.details ?? {}),
    prevHash: head.hash,
  };
  const entry: ActivityEntry = { ...partial, hash: hashActivityEntry(partial) };
  db.prepare(
    `INSERT INTO activity_log (seq, at, actor, action, subject, details, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @subject, @details, @prevHash, @hash)`,
  ).run(entry);
  return entry;
}

const SELECT_ENTRIES = `SELECT seq, at, actor, action, subject, details, prev_hash AS prevHash, hash FROM activity_log`;

export function listActivity(db: Database.Database, options: { limit: number; beforeSeq?: number }): ActivityEntry[] {
  if (options.beforeSeq !== undefined) {
    return db.prepare(`${SELECT_ENTRIES} WHERE seq < ? ORDER BY seq DESC LIMIT ?`).all(options.beforeSeq, options.limit) as ActivityEntry[];
  }
  return db.prepare(`${SELECT_ENTRIES} ORDER BY seq DESC LIMIT ?`).all(options.limit) as ActivityEntry[];
}

export interface ChainProblem {
  seq: number;
  problem: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  headHash: string;
  problems: ChainProblem[];
}

/** Walks the whole log in order; streams rows so a long log is never held in memory at once. */
export function verifyActivityChain(db: Database.Database): ChainReport {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (const row of db.prepare(`${SELECT_ENTRIES} ORDER BY seq`).iterate() as IterableIterator<ActivityEntry>) {
    entries += 1;
    if (row.seq !== expectedSeq) problems.push({ seq: row.seq, problem: `entry ${expectedSeq} is missing` });
    if (row.prevHash !== prevHash) problems.push({ seq: row.seq, problem: 'does not link to the entry before it' });
    const { hash, ...rest } = row;
    if (hashActivityEntry(rest) !== hash) problems.push({ seq: row.seq, problem: 'its content was changed after it was written' });
    expectedSeq = row.seq + 1;
    prevHash = row.hash;
  }
  return { ok: problems.length === 0, entries, headHash: prevHash, problems };
}
