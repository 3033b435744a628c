import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertPbcRequest } from '../../../db/queries/pbc-requests';
import { tempDir } from '../helpers/temp';
import { buildDraft, flat, newEngagement, pdfPages } from './package-helpers';

describe('tables across pages', () => {
  it('repeat their header row on every page they continue on, and a row taller than a page is split without losing text', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir);
    const longRequest = Array.from({ length: 520 }, (_, i) => `clause${i}`).join(' ');
    workspace.write({ action: 'pbc.import', subject: 'request list' }, (db) => {
      for (let i = 1; i <= 150; i++) {
        insertPbcRequest(
          db,
          { reference: `REQ-${String(i).padStart(3, '0')}`, request: i === 75 ? longRequest : `Request number ${i}: provide the listing for the period with its provenance.`, status: 'open', owner: 'Owner Name', dueDate: '2026-10-01', linkedEvidence: [], notes: '', source: 'csv' },
          workspace.now(),
        );
      }
    });
    const result = await buildDraft(workspace, path.join(dir, 'out'));
    workspace.close();

    const pages = pdfPages(result.pdfPath);
    const withRows = pages.filter((page) => /REQ-\d{3}/.test(page));
    expect(withRows.length).toBeGreaterThanOrEqual(4);
    // "Evidence and notes" is the last column heading of the request table, printed nowhere else.
    for (const page of withRows) expect(page).toContain('Evidence and notes');
    expect(withRows.map((page) => (page.match(/Evidence and notes/g) ?? []).length)).toEqual(withRows.map(() => 1));
    // Every row is there once, in order.
    const refs = withRows.join('\n').match(/REQ-\d{3}/g)!;
    expect(refs).toEqual(Array.from({ length: 150 }, (_, i) => `REQ-${String(i + 1).padStart(3, '0')}`));
    // The very long request runs over more than one page and every word of it survives.
    const text = flat(withRows.join(' '));
    for (const word of ['clause0', 'clause130', 'clause519']) expect(text).toContain(word);
    expect(withRows.filter((page) => /clause\d+/.test(page)).length).toBeGreaterThanOrEqual(2);
  });
});
