import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateEngagement } from '../../../db/queries/engagement';
import { tempDir } from '../helpers/temp';
import { buildDraft, flat, newEngagement, pdfPages, run } from './package-helpers';

describe('packages for every shape of engagement', () => {
  it('a bare engagement with nothing but defaults gets a complete package that says what is not recorded yet', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir, 'Bare Defaults Ltd');
    const result = await buildDraft(workspace, path.join(dir, 'out'));
    workspace.close();
    const text = flat(pdfPages(result.pdfPath).join('\n'));
    expect(text).toContain('Bare Defaults Ltd');
    expect(text).toContain('System not named yet');
    expect(text).toContain('Review period not set yet');
    expect(text).toContain('Trust Services Categories in scope: Security');
    expect((text.match(/Nothing recorded yet/g) ?? []).length).toBeGreaterThanOrEqual(8);
    // Only the 33 common criteria are in scope; no Availability or Privacy criteria appear in the matrix.
    expect(text).toContain('CC9.2');
    expect(text).not.toMatch(/\bA1\.1\b|\bP1\.1\b/);
    expect(run('qpdf', ['--check', result.pdfPath])).toContain('No syntax or stream encoding errors');
  });

  it('Type I: as of one date, no DC9, and no populations or samples', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir, 'Type One Ltd');
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) =>
      updateEngagement(db, { reportType: 'type1', asOfDate: '2026-06-30', systemName: 'Ledger', categories: ['security', 'availability'] }, workspace.now()),
    );
    const result = await buildDraft(workspace, path.join(dir, 'out'), 'letter');
    workspace.close();
    const text = flat(pdfPages(result.pdfPath).join('\n'));
    expect(text).toContain('SOC 2 Type I · As of 30 June 2026');
    expect(text).toContain('as of 30 June 2026');
    expect(text).not.toContain('DC9.');
    expect(text).toContain('This is a Type I engagement');
    expect(text).toContain('A1.3');
    // Management's assertion for Type I speaks of design only.
    expect(text).not.toContain('operated effectively as of');
    expect(run('pdfinfo', [result.pdfPath])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('Type II: a review period, DC9, and the operating-effectiveness statement in the assertion', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir, 'Type Two Ltd');
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) =>
      updateEngagement(db, { reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-06-30', systemName: 'Ledger', categories: ['security', 'privacy'] }, workspace.now()),
    );
    const result = await buildDraft(workspace, path.join(dir, 'out'));
    workspace.close();
    const text = flat(pdfPages(result.pdfPath).join('\n'));
    expect(text).toContain('SOC 2 Type II · Review period 1 January 2026 to 30 June 2026');
    expect(text).toContain('DC9. Significant changes during the period');
    expect(text).toContain('operated effectively throughout the period 1 January 2026 to 30 June 2026');
    expect(text).toContain('P8.1');
    expect(text).not.toMatch(/\bA1\.1\b/);
  });
});
