import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../core/cli/main';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { DEMO_GAPS } from '../../../core/demo/demo-gap-data';
import { readPolicyContacts } from '../../../core/scope/policy-contacts';
import { openWorkspace } from '../../../db/open-workspace';
import { listAssessments } from '../../../db/queries/assessments';
import { listEngagementControls } from '../../../db/queries/engagement-controls';
import { listRemediationItems } from '../../../db/queries/remediation-items';
import { listVendors } from '../../../db/queries/vendors';
import { sha256File, sidecars, tempDir } from '../helpers/temp';

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CLOCK = () => new Date('2026-11-01T09:00:00Z');

describe('the demo engagement (steps 1 and 2)', () => {
  it('is scoped and assessed realistically', () => {
    const file = buildDemoWorkspace({ outDir: tempDir(), clock: CLOCK });
    const workspace = openWorkspace(file, { actor: 'tester', readOnly: true });
    try {
      const statuses = workspace.read(listAssessments).map((assessment) => assessment.status);
      const count = (status: string) => statuses.filter((s) => s === status).length;
      expect(count('met')).toBeGreaterThan(30);
      expect(count('gap')).toBeGreaterThanOrEqual(5);
      expect(count('partially-met')).toBeGreaterThanOrEqual(5);
      expect(count('not-applicable')).toBe(2);
      // Step 2's remediation items (other steps add their own): one high-severity gap, the untested restore.
      const gapItems = workspace.read(listRemediationItems).filter((item) => item.criterionId !== null && DEMO_GAPS[item.criterionId] !== undefined);
      expect(gapItems.filter((item) => item.severity === 'high').map((item) => item.criterionId)).toEqual(['A1.3']);
      const cloud = workspace.read(listVendors).find((vendor) => vendor.isSubservice);
      expect(cloud).toMatchObject({ subserviceMethod: 'carve-out', socReport: 'soc2-type2' });
      const controls = workspace.read(listEngagementControls);
      expect(controls.length).toBeGreaterThan(60);
      expect(new Set(controls.map((control) => control.implementationStatus))).toEqual(new Set(['implemented', 'in-progress', 'not-started']));
    } finally {
      workspace.close();
    }
  });
});

describe('status command', () => {
  it('prints scores, step completion and open gaps without changing the file', () => {
    const file = buildDemoWorkspace({ outDir: tempDir(), clock: CLOCK });
    const before = sha256File(file);
    const text = cli(['status', file]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1\. Scope Definition\s+complete/);
    expect(text.out).toMatch(/2\. Gap Analysis\s+in progress/);
    // The demo carries evidence for part of the period, so operating readiness is above zero but below design.
    const overall = /Overall\s+design\s+(\d+\.\d) %\s+operating\s+(\d+\.\d) %/.exec(text.out);
    expect(overall).not.toBeNull();
    expect(Number(overall![2])).toBeGreaterThan(0);
    expect(Number(overall![2])).toBeLessThan(Number(overall![1]));
    expect(text.out).toMatch(/Open gaps: \d+ \(high [1-9]\d*, medium \d+, low \d+; \d+ overdue\)/);
    expect(text.out).toContain('[high  ] A1.3');
    expect(text.out).toContain('System component added: Analytics warehouse (production)');

    const json = JSON.parse(cli(['status', file, '--json']).out) as { steps: { id: string; state: string }[]; readiness: { overall: { design: { percent: number } }; byCategory: unknown[] }; openGaps: { total: number; items: unknown[] } };
    expect(json.steps.slice(0, 2).map((step) => step.state)).toEqual(['complete', 'in-progress']);
    expect(json.steps).toHaveLength(5);
    expect(json.readiness.byCategory).toHaveLength(5);
    expect(json.readiness.overall.design.percent).toBeGreaterThan(50);
    expect(json.openGaps.items).toHaveLength(json.openGaps.total);
    expect(sha256File(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });

  it('exits 2 with a reason for a missing file', () => {
    const result = cli(['status', path.join(tempDir(), 'nope.soc2')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^WORKSPACE_NOT_FOUND/);
  });
});

describe('policy contacts from the profile', () => {
  it('gives step 3 the names its policy placeholders need', () => {
    const file = buildDemoWorkspace({ outDir: tempDir(), clock: CLOCK });
    const workspace = openWorkspace(file, { actor: 'tester', readOnly: true });
    try {
      expect(workspace.read(readPolicyContacts)).toEqual({
        organisationName: 'Brightwave Analytics, Inc.',
        systemName: 'Brightwave Insights Platform',
        policyOwner: 'Priya Raman (Head of Security)',
        securityOwner: 'Priya Raman (Head of Security)',
        privacyContact: 'Marcus Lee (Privacy Lead) (privacy@brightwave.example)',
      });
    } finally {
      workspace.close();
    }
  });
});
