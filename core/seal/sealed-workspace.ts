import path from 'node:path';
import type Database from 'better-sqlite3';
import { getSeal, type SealRecord } from '../../db/queries/seals';
import { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import { readSnapshot, restoreSnapshot, SnapshotError } from './snapshot';

/**
 * A sealed version opened for reading: its snapshot restored in memory and wrapped as a read-only
 * workspace, so the package builder reads it exactly as it reads a live workspace. Close it after use.
 */
export function openSealedVersion(live: Workspace, version: number): { seal: SealRecord; workspace: Workspace } {
  const seal = live.read((db) => getSeal(db, version));
  if (!seal) throw new ApiError('BAD_ARGUMENT', `There is no seal ${version} in this workspace. The list of seals shows the versions that exist.`);
  return { seal, workspace: restoreAsWorkspace(seal.snapshot, seal.snapshotSha256, `${path.basename(live.filePath)} (seal ${version})`, live) };
}

export function restoreAsWorkspace(compressed: Buffer, sha256: string, label: string, live: Workspace): Workspace {
  let db: Database.Database;
  try {
    db = restoreSnapshot(readSnapshot(compressed, sha256).snapshot);
  } catch (error) {
    if (error instanceof SnapshotError) {
      throw new ApiError('WORKSPACE_CORRUPT', `This sealed version cannot be read: ${error.message}. The workspace may have been altered outside the app; run "verify" on it.`);
    }
    throw error;
  }
  return new Workspace(db, label, true, live.actor, () => new Date(live.now()));
}
