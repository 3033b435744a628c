import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { newWorkspaceFile, sha256File, sidecars, tempDir } from '../helpers/temp';

type Maker = (dir: string) => string;

/** Writes raw SQL into a copy of a valid workspace, the way a hostile or broken tool would. */
function alteredWorkspace(dir: string, sql: string): string {
  const file = newWorkspaceFile(dir, 'altered.soc2');
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

function setHeaderUint32(file: string, offset: number, value: number): void {
  const bytes = fs.readFileSync(file);
  bytes.writeUInt32BE(value, offset);
  fs.writeFileSync(file, bytes);
}

const cases: [string, string, Maker][] = [
  ['an empty file', 'WORKSPACE_NOT_A_WORKSPACE', (dir) => write(dir, 'empty.soc2', Buffer.alloc(0))],
  ['random bytes', 'WORKSPACE_NOT_A_WORKSPACE', (dir) => write(dir, 'noise.soc2', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)))],
  ['a text file renamed to .soc2', 'WORKSPACE_NOT_A_WORKSPACE', (dir) => write(dir, 'notes.soc2', Buffer.from('Quarterly access review notes\n'.repeat(50)))],
  [
    'another application’s SQLite database',
    'WORKSPACE_NOT_A_WORKSPACE',
    (dir) => {
      const file = path.join(dir, 'other.soc2');
      const db = new Database(file);
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      db.close();
      return file;
    },
  ],
  [
    'a file truncated while copying',
    'WORKSPACE_CORRUPT',
    (dir) => {
      const file = newWorkspaceFile(dir, 'cut.soc2');
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, bytes.length - 16384 - 100));
      return file;
    },
  ],
  [
    'a file with damaged pages',
    'WORKSPACE_CORRUPT',
    (dir) => {
      const file = newWorkspaceFile(dir, 'damaged.soc2');
      const bytes = fs.readFileSync(file);
      // Overwrite the middle of the second page (a table b-tree page) with garbage.
      for (let i = 16384 + 8; i < 16384 + 4000; i++) bytes[i] = (i * 31) % 251;
      fs.writeFileSync(file, bytes);
      return file;
    },
  ],
  ['a file with an extra trigger', 'WORKSPACE_CORRUPT', (dir) => alteredWorkspace(dir, "CREATE TRIGGER sneaky AFTER INSERT ON activity_log BEGIN UPDATE meta SET value = 'x'; END;")],
  ['a file with an extra view', 'WORKSPACE_CORRUPT', (dir) => alteredWorkspace(dir, 'CREATE VIEW meta_view AS SELECT * FROM meta;')],
  ['a file with a dropped append-only trigger', 'WORKSPACE_CORRUPT', (dir) => alteredWorkspace(dir, 'DROP TRIGGER activity_log_no_update;')],
  ['a file with an extra table', 'WORKSPACE_CORRUPT', (dir) => alteredWorkspace(dir, 'CREATE TABLE payload (x BLOB);')],
  [
    'a file from a newer app version',
    'WORKSPACE_FROM_NEWER_VERSION',
    (dir) => {
      const file = newWorkspaceFile(dir, 'future.soc2');
      setHeaderUint32(file, 60, 999);
      return file;
    },
  ],
  [
    'a file whose format version was never set',
    'WORKSPACE_CORRUPT',
    (dir) => {
      const file = newWorkspaceFile(dir, 'unfinished.soc2');
      setHeaderUint32(file, 60, 0);
      return file;
    },
  ],
  [
    'a folder named like a workspace',
    'WORKSPACE_NOT_A_WORKSPACE',
    (dir) => {
      const folder = path.join(dir, 'folder.soc2');
      fs.mkdirSync(folder);
      return folder;
    },
  ],
];

function write(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('refusing files that are not healthy workspaces', () => {
  for (const [label, code, make] of cases) {
    for (const readOnly of [false, true]) {
      it(`${label} → ${code}${readOnly ? ' (read-only open)' : ''}, file unchanged`, () => {
        const dir = tempDir();
        const file = make(dir);
        const isFile = fs.statSync(file).isFile();
        const before = isFile ? sha256File(file) : null;
        const entriesBefore = fs.readdirSync(dir).sort();

        let caught: unknown;
        try {
          openWorkspace(file, { actor: 'tester', readOnly }).close();
        } catch (error) {
          caught = error;
        }
        expect(caught).toMatchObject({ code });
        expect((caught as Error).message.length).toBeGreaterThan(20);
        if (isFile) expect(sha256File(file)).toBe(before);
        expect(sidecars(file)).toEqual([]);
        expect(fs.readdirSync(dir).sort()).toEqual(entriesBefore);
      });
    }
  }

  it('reports a missing file as not found', () => {
    const dir = tempDir();
    expect(() => openWorkspace(path.join(dir, 'missing.soc2'), { actor: 't' })).toThrow(expect.objectContaining({ code: 'WORKSPACE_NOT_FOUND' }));
  });
});
