import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { createCoreHost } from '../../../core/host';
import { drawSample } from '../../../core/testing/draw-sample';
import { tempDir } from '../helpers/temp';

describe('the demo engagement’s internal readiness testing', () => {
  it('carries populations, seeded samples with results, an explained exception, a missed quarter and a did-not-occur record', async () => {
    const dir = tempDir();
    const file = buildDemoWorkspace({ outDir: dir, clock: () => new Date('2026-11-20T09:00:00Z') });
    const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.s'), actor: 'tester', log: () => undefined });
    const call = async <T,>(method: string, args: unknown = {}): Promise<T> => {
      const response = await host.call(method, args);
      if (!response.ok) throw new Error(response.error.message);
      return response.value as T;
    };
    await call('workspace.open', { path: file });

    const populations = await call<{ ref: string; name: string; sourceSystem: string; query: string; ranBy: string; rowCount: number; sha256: string; notes: string[]; controls: { ref: string }[] }[]>('population.list');
    expect(populations.map((p) => [p.ref, p.sourceSystem, p.rowCount])).toEqual([
      ['POP-1', 'BambooHR', 36],
      ['POP-2', 'BambooHR', 11],
      ['POP-3', 'Jira (project CHG)', 164],
    ]);
    for (const population of populations) {
      expect(population.query).not.toBe('');
      expect(population.ranBy).not.toBe('');
      expect(population.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(population.notes).toEqual([]);
    }

    type Test = { test: { conclusion: string; tester: string } | null; samples: { seed: string; sourceSize: number; size: number; reproducible: boolean; items: { rowNumber: number; result: string }[] }[]; exceptions: { rootCause: string; managementResponse: string; itemLabel: string | null }[] };
    const controls = await call<{ controls: { control: { id: number; ref: string } }[] }>('readinessTest.list');
    const idOf = (ref: string) => controls.controls.find((summary) => summary.control.ref === ref)!.control.id;

    const leavers = await call<Test>('readinessTest.get', { controlId: idOf('ACC-05') });
    expect(leavers.test?.conclusion).toBe('exceptions-noted');
    expect(leavers.samples[0]).toMatchObject({ seed: 'bw-leavers-2026', size: 5, sourceSize: 11, reproducible: true });
    expect(leavers.samples[0]!.items.map((item) => item.rowNumber)).toEqual(drawSample(11, 5, 'bw-leavers-2026').rows);
    expect(leavers.samples[0]!.items.map((item) => item.result).sort()).toEqual(['exception', 'pass', 'pass', 'pass', 'pass']);
    expect(leavers.exceptions).toHaveLength(1);
    expect(leavers.exceptions[0]!.rootCause).not.toBe('');
    expect(leavers.exceptions[0]!.managementResponse).not.toBe('');
    expect(leavers.exceptions[0]!.itemLabel).toMatch(/^BW-\d+ · /);

    const hires = await call<Test>('readinessTest.get', { controlId: idOf('HR-07') });
    expect(hires).toMatchObject({ test: { conclusion: 'no-exceptions' }, samples: [{ seed: 'bw-hires-2026', size: 5, reproducible: true }] });
    const changes = await call<Test>('readinessTest.get', { controlId: idOf('CHG-02') });
    expect(changes.samples[0]).toMatchObject({ seed: 'bw-changes-2026', sourceSize: 164, size: 17 });
    expect(changes.test?.conclusion).toBe('not-concluded');

    type Coverage = { controls: { ref: string; summary: string; didNotOccur: number; occurrences: { label: string; state: string }[] }[] };
    const coverage = await call<Coverage>('periodCoverage.get');
    const review = coverage.controls.find((control) => control.ref === 'ACC-06')!;
    expect(review.summary).toBe('quarterly: 2 due, 1 evidenced');
    expect(review.occurrences.map((occurrence) => [occurrence.label, occurrence.state])).toEqual([
      ['Quarter 1', 'evidenced'],
      ['Quarter 2', 'missing'],
    ]);
    expect(coverage.controls.find((control) => control.ref === 'HR-09')).toMatchObject({ didNotOccur: 1, occurrences: [{ state: 'did-not-occur' }] });
    host.shutdown();
  }, 60_000);
});
