import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { addEvidenceBytes } from '../../../core/evidence/add-bytes';
import { verifyWorkspaceFile } from '../../../core/seal/verify-workspace';
import { newWorkspace, tempDir } from '../helpers/temp';
import Database from 'better-sqlite3';

/** Two evidence items, then the workspace closed; returns its path. */
function workspaceWithEvidence(dir: string): string {
  const workspace = newWorkspace(dir);
  addEvidenceBytes(workspace, 'users.csv', Buffer.from('name,role\nAda,admin\n'.repeat(5000)), { controls: ['ACC-04'] });
  addEvidenceBytes(workspace, 'note.txt', Buffer.from('quarterly review done'), {});
  const file = workspace.filePath;
  workspace.close();
  return file;
}

/** Changes the file with a plain SQLite connection, as a tool outside the app would. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

describe('checking stored evidence', () => {
  it('verification re-hashes every item and names the one whose bytes were altered', async () => {
    const dir = tempDir();
    const file = workspaceWithEvidence(dir);
    expect((await verifyWorkspaceFile(file, 'tester')).checks.every((check) => check.ok)).toBe(true);
    // Same length, different bytes: only re-hashing can tell.
    tamper(file, "UPDATE evidence_chunk SET data = CAST(replace(CAST(data AS TEXT), 'Ada', 'Eve') AS BLOB) WHERE blob_id = 1");
    const report = await verifyWorkspaceFile(file, 'tester');
    const failed = report.checks.filter((check) => !check.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.details.join(' ')).toMatch(/EV-0001/);
  });

  it('opening refuses a workspace whose evidence chunks were removed outside the app', () => {
    const dir = tempDir();
    const file = workspaceWithEvidence(dir);
    tamper(file, 'DELETE FROM evidence_chunk WHERE blob_id = 2');
    expect(() => openWorkspace(file, { actor: 'tester' })).toThrow(expect.objectContaining({ code: 'WORKSPACE_CORRUPT' }));
    expect(() => openWorkspace(path.resolve(file), { actor: 'tester', readOnly: true })).toThrow(expect.objectContaining({ code: 'WORKSPACE_CORRUPT' }));
  });
});
