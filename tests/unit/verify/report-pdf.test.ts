import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultReportPath, renderVerificationReportPdf } from '../../../core/verify/report-pdf';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { newWorkspace, sha256File, tempDir } from '../helpers/temp';

const job = { progress: () => undefined, throwIfCancelled: () => undefined };
const options = { verifiedBy: 'Dana Auditor', now: () => new Date('2026-11-27T10:00:00Z') };
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!hasPoppler) console.warn('Skipping the report PDF read-back: poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed.');

describe.skipIf(!hasPoppler)('the verification report as a PDF', () => {
  it('lists the file, every check and each failure, with the file’s SHA-256 on every page, and gives the same bytes twice', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir, 'acme.soc2', 'Acme Cloud Ltd');
    for (let i = 0; i < 5; i++) workspace.write({ action: 'test.edit', subject: `edit ${i}` }, () => undefined);
    const file = workspace.filePath;
    workspace.close();
    const db = new Database(file);
    db.exec("DROP TRIGGER activity_log_no_update; UPDATE activity_log SET actor = 'someone else' WHERE seq = 4; CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log\n      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;");
    db.close();
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report.overall).toBe('failed');

    const out = path.join(dir, 'report.pdf');
    const context = { organisationName: 'Acme Cloud Ltd', workspaceId: 'ws-123', seal: null, activityHead: { seq: 6, hash: 'a'.repeat(64) } };
    const written = await renderVerificationReportPdf(report, context, out);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Verification report');
    expect(text).toContain('acme.soc2');
    expect(text).toContain(report.fileSha256);
    expect(text).toContain('Dana Auditor');
    for (const check of report.checks) expect(text).toContain(check.title.slice(0, 30));
    expect(text).toContain('Log entry 4');
    expect(text).toContain('its content was changed after it was written');
    expect(text).toContain('Not sealed');
    expect(text).toMatch(/1 check failed, with 1 individual failure/);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(written.pages);
    // Every page's footer names the verified file.
    for (let page = 1; page <= written.pages; page++) {
      expect(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), out, '-'], { encoding: 'utf8' })).toContain(`SHA-256 of the verified file: ${report.fileSha256}`);
    }
    // Fonts are embedded, so the report reads the same on any machine.
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => /\byes\b/.test(line.slice(50)))).toBe(true);

    const again = path.join(dir, 'again.pdf');
    await renderVerificationReportPdf(report, context, again);
    expect(sha256File(again)).toBe(sha256File(out));
  });

  it('numbers a new report instead of replacing an earlier one', () => {
    const dir = tempDir();
    expect(defaultReportPath(dir, 'acme.soc2')).toBe(path.join(dir, 'acme verification report.pdf'));
    fs.writeFileSync(path.join(dir, 'acme verification report.pdf'), 'earlier');
    expect(defaultReportPath(dir, 'acme.soc2')).toBe(path.join(dir, 'acme verification report 2.pdf'));
  });
});
