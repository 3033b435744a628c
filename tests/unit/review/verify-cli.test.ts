import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { activityHead } from '../../../db/activity-log';
import { getMeta } from '../../../db/queries/engagement';
import { runCliAsync } from '../../../core/cli/main';
import { saveReviewFile } from '../../../core/review/save-review-file';
import { newWorkspace, sha256File, tempDir } from '../helpers/temp';
import { sampleReview } from './review-fixtures';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function workspaceFile(dir: string, name = 'acme.soc2'): { file: string; id: string; head: { seq: number; hash: string } } {
  const workspace = newWorkspace(dir, name);
  for (let i = 0; i < 3; i++) workspace.write({ action: 'test.edit', subject: `s${i}` }, () => undefined);
  const result = { file: workspace.filePath, id: workspace.read((db) => getMeta(db)['workspace_id']!), head: workspace.read(activityHead) };
  workspace.close();
  return result;
}

describe('npm run soc2 -- verify', () => {
  it('verifies a workspace with the review checks: 0 when all pass, 1 naming each failure, 2 when unreadable', async () => {
    const dir = tempDir();
    const { file } = workspaceFile(dir);
    const before = sha256File(file);
    const ok = await cli(['verify', file]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`SHA-256    ${before}`);
    expect(ok.out).toMatch(/ok {4}Activity log chain — 4 entries/);
    expect(ok.out).toMatch(/n\/a {3}Evidence file hashes/);
    expect(ok.out).toContain('Result     everything holds');
    expect(JSON.parse((await cli(['verify', file, '--json'])).out)).toMatchObject({ overall: 'passed', fileSha256: before });

    const db = new Database(file);
    db.exec("DROP TRIGGER activity_log_no_update; UPDATE activity_log SET subject = 'edited' WHERE seq = 2; CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log\n      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;");
    db.close();
    const tampered = await cli(['verify', file]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain('Log entry 2: its content was changed after it was written');

    const garbage = path.join(dir, 'garbage.soc2');
    fs.writeFileSync(garbage, 'plain text');
    const unreadable = await cli(['verify', garbage]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/^unreadable: /);
  });

  it('checks a review file, and with --workspace that it was made against that workspace', async () => {
    const dir = tempDir();
    const acme = workspaceFile(dir, 'acme.soc2');
    const other = workspaceFile(dir, 'other.soc2');
    const base = sampleReview();
    const review = path.join(dir, 'acme review.soc2review');
    saveReviewFile(review, { ...base, workspace: { ...base.workspace, workspaceId: acme.id, activityHead: acme.head } });

    const alone = await cli(['verify', review]);
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('ok    The review file is valid');
    expect(alone.out).toContain('Reviewer Dana Auditor, Ledger & Co; 1 request(s), 1 note(s), 0 sample(s)');

    const matching = await cli(['verify', review, '--workspace', acme.file]);
    expect(matching.code).toBe(0);
    expect(matching.out).toContain('ok    Made against acme.soc2');
    expect(matching.out).toContain('ok    Its activity log still holds the head the auditor saw, and extends it');

    const wrong = await cli(['verify', review, '--workspace', other.file]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(`FAIL  Made against other.soc2`);
    expect(wrong.out).toContain(`made against workspace ${acme.id}, but this workspace is ${other.id}`);

    const broken = path.join(dir, 'broken.soc2review');
    fs.writeFileSync(broken, JSON.stringify({ ...base, reviewId: 'nope' }));
    const invalid = await cli(['verify', broken]);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toMatch(/FAIL {2}The review file is valid\n {8}broken\.soc2review cannot be used as a review file: a field is not valid \(reviewId/);

    expect((await cli(['verify', path.join(dir, 'missing.soc2review')])).code).toBe(2);
    expect((await cli(['verify', acme.file, '--workspace', other.file])).code).toBe(2);
  });
});
