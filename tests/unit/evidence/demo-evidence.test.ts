import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { exportEvidence } from '../../../core/evidence/export-file';
import { openWorkspace } from '../../../db/open-workspace';
import { listAllEvidence } from '../../../db/queries/evidence';
import { tempDir } from '../helpers/temp';
import { storeState } from './evidence-helpers';

const hasPdfinfo = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the demo engagement’s evidence', () => {
  it('holds real CSV exports, PDF documents and PNG screenshots linked to its controls', async () => {
    const dir = tempDir();
    const workspace = openWorkspace(buildDemoWorkspace({ outDir: dir }), { actor: 'tester', readOnly: true });
    const items = listAllEvidence(workspace.db);
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((item) => item.mediaType))).toEqual(new Set(['text/csv', 'application/pdf', 'image/png']));
    expect(items.every((item) => item.controls.length === 1 && /^[A-Z]{2,3}-\d{2}_/.test(item.fileName))).toBe(true);
    expect(items.filter((item) => item.redacted)).toHaveLength(1);
    // The quarterly access review has Q2 evidence and nothing for Q3 (the missed occurrence).
    expect(items.filter((item) => item.controls.includes('ACC-06')).map((item) => item.coversTo)).toEqual(['2026-06-30', '2026-06-30']);
    expect(storeState(workspace.db).items.every((item) => item.rehash === item.sha256)).toBe(true);

    const csv = items.find((item) => item.fileName.startsWith('ACC-06') && item.mediaType === 'text/csv')!;
    const csvOut = path.join(dir, 'review.csv');
    await exportEvidence(workspace.db, csv, csvOut);
    expect(fs.readFileSync(csvOut, 'utf8').split('\r\n')[0]).toBe('user,email,group,manager,decision,reviewed_by,reviewed_on');

    const png = items.find((item) => item.mediaType === 'image/png')!;
    const pngOut = path.join(dir, 'shot.png');
    await exportEvidence(workspace.db, png, pngOut);
    const bytes = fs.readFileSync(pngOut);
    expect(bytes.readUInt32BE(16)).toBe(800);
    const idat = bytes.indexOf('IDAT');
    expect(zlib.inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4))).length).toBe((800 * 3 + 1) * 480);

    const pdf = items.find((item) => item.mediaType === 'application/pdf')!;
    const pdfOut = path.join(dir, 'sign-off.pdf');
    await exportEvidence(workspace.db, pdf, pdfOut);
    if (!hasPdfinfo) {
      console.warn('pdfinfo is not installed: the demo PDF was exported but not read back');
    } else {
      expect(execFileSync('pdfinfo', [pdfOut]).toString()).toMatch(/Pages:\s+1/);
      expect(execFileSync('pdftotext', [pdfOut, '-']).toString()).toMatch(/Quarterly user access review/);
    }
    workspace.close();
  }, 60_000);
});
