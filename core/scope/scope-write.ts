import type Database from 'better-sqlite3';
import { insertScopeChange } from '../../db/queries/scope-changes';
import { getScopeProfile } from '../../db/queries/scope-profile';
import type { Workspace } from '../../db/workspace';

export interface ScopeChangeNote {
  area: string;
  summary: string;
}

export function isScopeConfirmed(workspace: Workspace): boolean {
  return workspace.read((db) => getScopeProfile(db).confirmedAt !== null);
}

/**
 * Writes an edit that may change the scope. Before the scope is confirmed this is an ordinary logged
 * write; after, the same transaction also records a change of scope (shown on the dashboard until the
 * scope is confirmed again) and marks the log entry with `scopeChange: true`.
 */
export function writeScopeEdit<T>(
  workspace: Workspace,
  activity: { action: string; subject: string; details?: Record<string, unknown> },
  note: ScopeChangeNote | null,
  change: (db: Database.Database) => T,
): T {
  const flagged = note !== null && isScopeConfirmed(workspace);
  const details = flagged ? { ...(activity.details ?? {}), scopeChange: true } : (activity.details ?? {});
  return workspace.write({ ...activity, details }, (db) => {
    const result = change(db);
    if (flagged) insertScopeChange(db, { at: workspace.now(), actor: workspace.actor, area: note.area, summary: note.summary });
    return result;
  });
}
