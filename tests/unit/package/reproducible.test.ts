import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { packageDate } from '../../../core/package/package-date';
import { openWorkspace } from '../../../db/open-workspace';
import { tempDir } from '../helpers/temp';
import { buildDraft, run, withSourceDate } from './package-helpers';

describe('reproducible packages', () => {
  it('gives byte-identical PDF and ZIP for the same workspace and SOURCE_DATE_EPOCH, and different bytes for another date', async () => {
    const dir = tempDir();
    const file = buildDemoWorkspace({ outDir: dir });
    const build = async (epoch: string, out: string) => {
      const workspace = openWorkspace(file, { actor: 'tester', readOnly: true });
      try {
        return await withSourceDate(epoch, () => buildDraft(workspace, path.join(dir, out)));
      } finally {
        workspace.close();
      }
    };
    const first = await build('1790000000', 'one');
    const second = await build('1790000000', 'two');
    expect(path.basename(first.pdfPath)).toBe(path.basename(second.pdfPath));
    expect(fs.readFileSync(first.pdfPath).equals(fs.readFileSync(second.pdfPath))).toBe(true);
    expect(fs.readFileSync(first.zipPath).equals(fs.readFileSync(second.zipPath))).toBe(true);
    expect(first.fingerprint).toBe(second.fingerprint);
    expect(run('pdfinfo', [first.pdfPath])).toMatch(/CreationDate:\s+\S+ Sep 21 \d\d:\d\d:\d\d 2026/);
    // Entries are stamped with the package date (in UTC wall time, whatever the machine's zone).
    expect(run('unzip', ['-l', first.zipPath])).toContain('2026-09-21 14:13');

    const later = await build('1790086400', 'three');
    expect(later.fingerprint).not.toBe(first.fingerprint);
    expect(fs.readFileSync(later.pdfPath).equals(fs.readFileSync(first.pdfPath))).toBe(false);
  });

  it('reads SOURCE_DATE_EPOCH strictly', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(packageDate(now, {})).toBe(now);
    expect(packageDate(now, { SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(() => packageDate(now, { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/);
  });
});
