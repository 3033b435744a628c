import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { listAuditorAnchors } from '../../../db/queries/auditor-anchors';
import { listReviewNotes } from '../../../db/queries/review-notes';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { tempDir } from '../helpers/temp';

describe('the demo engagement’s auditor review', () => {
  it('holds the auditor’s notes and anchor, and verifies with the anchor extended', async () => {
    const file = buildDemoWorkspace({ outDir: tempDir(), actor: 'Demo consultant' });
    const workspace = openWorkspace(file, { actor: 'tester', readOnly: true });
    const notes = workspace.read(listReviewNotes);
    expect(notes.map((n) => `${n.targetKind}:${n.targetRef}`)).toEqual(['control:ACC-06', 'criterion:CC6.1', 'general:']);
    expect(notes.every((n) => n.author === 'Elena Marsh' && n.firm === 'Harlow & Finch LLP')).toBe(true);
    expect(workspace.read(listAuditorAnchors)).toHaveLength(1);
    workspace.close();

    const report = await verifyWorkspaceFile(file, { progress: () => undefined, throwIfCancelled: () => undefined }, { verifiedBy: 'auditor', now: () => new Date() });
    expect(report.overall).toBe('passed');
    expect(report.checks.find((c) => c.id === 'anchor')).toMatchObject({ status: 'passed', covered: expect.stringMatching(/^1 anchor; latest at entry \d+ .*, 1 entry added since$/) });
  });
});
