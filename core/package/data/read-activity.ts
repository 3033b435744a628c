import type Database from 'better-sqlite3';
import { GENESIS_HASH, hashActivityEntry, type ActivityEntry } from '../../../db/activity-log';
import type { ActivitySummary } from './package-data';

const RECENT = 25;

/**
 * The activity log up to `upToSeq` (the head recorded by a seal, or the whole log): how many entries,
 * what kinds, the most recent ones, and whether the hash chain holds over exactly that stretch, so a
 * sealed package describes the log as it was when it was sealed.
 */
export function readActivitySummary(db: Database.Database, upToSeq: number | null): ActivitySummary {
  const limit = upToSeq ?? Number.MAX_SAFE_INTEGER;
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let first: string | null = null;
  let last: string | null = null;
  const byAction = new Map<string, number>();
  const rows = db
    .prepare('SELECT seq, at, actor, action, subject, details, prev_hash AS prevHash, hash FROM activity_log WHERE seq <= ? ORDER BY seq')
    .iterate(limit) as IterableIterator<ActivityEntry>;
  for (const row of rows) {
    entries += 1;
    first ??= row.at;
    last = row.at;
    byAction.set(row.action, (byAction.get(row.action) ?? 0) + 1);
    if (row.seq !== expectedSeq) problems.push(`entry ${expectedSeq} is missing`);
    if (row.prevHash !== prevHash) problems.push(`entry ${row.seq} does not link to the entry before it`);
    const { hash, ...rest } = row;
    if (hashActivityEntry(rest) !== hash) problems.push(`entry ${row.seq} was changed after it was written`);
    expectedSeq = row.seq + 1;
    prevHash = row.hash;
  }
  const recent = (
    db.prepare('SELECT seq, at, actor, action, subject FROM activity_log WHERE seq <= ? ORDER BY seq DESC LIMIT ?').all(limit, RECENT) as ActivitySummary['recent']
  ).reverse();
  return {
    entries,
    first,
    last,
    headSeq: expectedSeq - 1,
    headHash: prevHash,
    chainIntact: problems.length === 0,
    problems: problems.slice(0, 20),
    byAction: [...byAction.entries()].map(([action, count]) => ({ action, count })).sort((a, b) => b.count - a.count || a.action.localeCompare(b.action)),
    recent,
  };
}
