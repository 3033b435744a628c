import type Database from 'better-sqlite3';
import { hashActivityEntry, verifyActivityChain, type ActivityEntry } from '../../db/activity-log';
import { listAuditorAnchors, type AuditorAnchorRecord } from '../../db/queries/auditor-anchors';
import { hasTable, type ContentCheck } from './content-check';
import type { CheckFailure } from './verification-report';

const TITLE = 'Outside anchor (the activity-log head the auditor last saw)';
const DESCRIPTION =
  'The auditor’s review file recorded the activity-log entry the auditor last saw (its number and hash); the log must still hold exactly that entry, intact, and only add entries after it, so nothing the auditor saw was rewritten.';

function readEntry(db: Database.Database, seq: number): ActivityEntry | undefined {
  return db.prepare('SELECT seq, at, actor, action, subject, details, prev_hash AS prevHash, hash FROM activity_log WHERE seq = ?').get(seq) as ActivityEntry | undefined;
}

/** Problems with one anchor: the entry is gone, is another entry, or was edited; or the chain up to it or after it is broken. */
export function anchorProblems(db: Database.Database, anchor: Pick<AuditorAnchorRecord, 'seq' | 'hash'>, chainProblems: { seq: number; problem: string }[]): string[] {
  const problems: string[] = [];
  if (anchor.seq === 0) return problems;
  const entry = readEntry(db, anchor.seq);
  if (!entry) return [`the log no longer has entry ${anchor.seq}, the one the auditor last saw`];
  if (entry.hash !== anchor.hash) problems.push(`entry ${anchor.seq} is not the entry the auditor saw: its hash is ${entry.hash}, the auditor saw ${anchor.hash}, so the history up to it was rewritten`);
  else {
    const { hash: _stored, ...rest } = entry;
    if (hashActivityEntry(rest) !== anchor.hash) problems.push(`entry ${anchor.seq} still carries the hash the auditor saw, but its content was changed`);
  }
  const before = chainProblems.filter((p) => p.seq <= anchor.seq);
  const after = chainProblems.filter((p) => p.seq > anchor.seq);
  if (before.length > 0) problems.push(`${before.length} entr${before.length === 1 ? 'y' : 'ies'} up to entry ${anchor.seq} no longer chain correctly (first: entry ${before[0]!.seq}, ${before[0]!.problem})`);
  if (after.length > 0) problems.push(`${after.length} entr${after.length === 1 ? 'y' : 'ies'} added after entry ${anchor.seq} do not chain correctly (first: entry ${after[0]!.seq}, ${after[0]!.problem})`);
  return problems;
}

/**
 * The auditor's outside anchor: the workspace records the heads auditors saw (imported with their
 * review files). For each, the current log must still contain that exact entry, intact, and extend
 * it. An anchor lives in the client's file, so a client who rewrote history could also drop the
 * anchor row; the auditor therefore also keeps the head in their own review file.
 */
export const anchorCheck: ContentCheck = {
  id: 'anchor',
  run(db) {
    if (!hasTable(db, 'auditor_anchor')) return { id: 'anchor', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'this workspace format records no outside anchor', failures: [] };
    const anchors = listAuditorAnchors(db);
    if (anchors.length === 0) return { id: 'anchor', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'no auditor’s review file has been imported yet, so no anchor is recorded', failures: [] };
    const chain = verifyActivityChain(db);
    const failures: CheckFailure[] = [];
    for (const anchor of anchors) {
      for (const problem of anchorProblems(db, anchor, chain.problems)) failures.push({ subject: `Anchor at entry ${anchor.seq} (${anchor.source})`, problem, item: { kind: 'anchor', ref: String(anchor.seq) } });
    }
    const latest = anchors[anchors.length - 1]!;
    const head = db.prepare('SELECT max(seq) FROM activity_log').pluck().get() as number | null;
    const added = Math.max(0, (head ?? 0) - latest.seq);
    return {
      id: 'anchor',
      title: TITLE,
      description: DESCRIPTION,
      status: failures.length === 0 ? 'passed' : 'failed',
      covered: `${anchors.length} anchor${anchors.length === 1 ? '' : 's'}; latest at entry ${latest.seq} (${latest.hash.slice(0, 16)}…), ${added} entr${added === 1 ? 'y' : 'ies'} added since`,
      failures,
    };
  },
};
