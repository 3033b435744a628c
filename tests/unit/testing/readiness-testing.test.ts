import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PopulationImportResult } from '../../../core/api/testing-types';
import { drawSample } from '../../../core/testing/draw-sample';
import { tempDir } from '../helpers/temp';
import { testingHost } from './testing-host';

const CLOCK = () => new Date('2026-11-27T10:00:00Z');

async function setUp() {
  const dir = tempDir();
  const env = await testingHost(dir, CLOCK);
  await env.call('engagement.update', { reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  const controls = await env.call('controls.adopt', { catalogIds: ['HR-07', 'RSK-04'] });
  const onboarding = controls.find((control) => control.catalogControlId === 'HR-07')!;
  const riskReview = controls.find((control) => control.catalogControlId === 'RSK-04')!;
  const rows = Array.from({ length: 142 }, (_, i) => `E${1000 + i},Person ${i + 1},2026-${String((i % 12) + 1).padStart(2, '0')}-15`);
  const file = path.join(dir, 'hires.csv');
  fs.writeFileSync(file, `Employee ID,Name,Start date\n${rows.join('\n')}\n`);
  const { jobId } = await env.call('population.import', { name: 'Hires 2026', sourceSystem: 'BambooHR', coversFrom: '2026-01-01', coversTo: '2026-12-31', path: file });
  const population = ((await env.finish(jobId)).result as PopulationImportResult).population;
  return { env, onboarding, riskReview, population };
}

describe('internal readiness testing', () => {
  it('refuses a test that relies on inquiry alone, with what to do instead', async () => {
    const { env, onboarding } = await setUp();
    const error = await env.fail('readinessTest.save', { controlId: onboarding.id, methods: ['inquiry'] });
    expect(error).toEqual({ code: 'BAD_ARGUMENT', message: expect.stringMatching(/^Inquiry alone is never enough.*Add inspection/) });
    expect((await env.fail('readinessTest.save', { controlId: onboarding.id, methods: [] })).message).toMatch(/at least one test method/);
    const saved = await env.call('readinessTest.save', { controlId: onboarding.id, methods: ['inquiry', 'inspection'], tester: 'Priya Shah' });
    expect(saved.test).toMatchObject({ methods: ['inquiry', 'inspection'], tester: 'Priya Shah' });
    // The procedure starts as the control's own (the library's) readiness-test procedure.
    expect(saved.test!.procedure.split('\n')[0]).toBe(`1. ${saved.controlProcedure.steps[0]}`);
    expect(saved.label).toBe('Internal readiness testing');
    env.host.shutdown();
  });

  it('draws a sample from a population with a recorded seed; the same seed gives the same rows', async () => {
    const { env, onboarding, population } = await setUp();
    const before = await env.call('readinessTest.get', { controlId: onboarding.id });
    expect(before.populations.find((p) => p.id === population.id)!.suggestion).toEqual({ size: 15, basis: 'population of 142 rows, 51–250 rows → 10 % rounded up = 15' });

    const view = await env.call('sample.draw', { controlId: onboarding.id, source: 'population', populationId: population.id, seed: 'hires-2026' });
    const [sample] = view.samples;
    expect(sample).toMatchObject({ seed: 'hires-2026', algorithm: 'sha256-rank/1', size: 15, suggestedSize: 15, sourceSize: 142, sourceSha256: population.sha256, reproducible: true, headers: ['Employee ID', 'Name', 'Start date'] });
    const rows = sample!.items.map((item) => item.rowNumber);
    expect(rows).toEqual(drawSample(142, 15, 'hires-2026').rows);
    expect(new Set(rows).size).toBe(15);
    expect(sample!.items[0]).toMatchObject({ position: 1, result: 'not-tested', lineNumber: rows[0]! + 1, cells: [`E${999 + rows[0]!}`, `Person ${rows[0]}`, expect.any(String)] });
    expect(sample!.items[0]!.label).toBe(`E${999 + rows[0]!} · Person ${rows[0]} · ${sample!.items[0]!.cells![2]}`);

    const again = await env.call('sample.draw', { controlId: onboarding.id, source: 'population', populationId: population.id, seed: 'hires-2026' });
    expect(again.samples[1]!.items.map((item) => item.rowNumber)).toEqual(rows);
    // Drawing links the population to the control.
    expect((await env.call('population.list', {}))[0]!.controls.map((control) => control.ref)).toEqual(['HR-07']);
    const log = await env.call('activity.list', {});
    expect(log[0]).toMatchObject({ action: 'sample.draw' });
    expect(JSON.stringify(log[0])).toContain('hires-2026');
    // A population that samples were drawn from stays.
    expect((await env.fail('population.remove', { id: population.id })).message).toMatch(/2 samples drawn from it/);
    env.host.shutdown();
  });

  it('draws a periodic control’s sample from its occurrences in the period', async () => {
    const { env, riskReview } = await setUp();
    const view = await env.call('readinessTest.get', { controlId: riskReview.id });
    expect(view.occurrences.expected).toBe(4);
    expect(view.occurrences.suggestion).toEqual({ size: 2, basis: 'quarterly → 2' });
    const drawn = await env.call('sample.draw', { controlId: riskReview.id, source: 'occurrences', seed: 'q' });
    expect(drawn.samples[0]).toMatchObject({ source: 'occurrences', population: null, sourceSize: 4, size: 2, reproducible: true });
    expect(drawn.samples[0]!.items.map((item) => item.label)).toEqual(drawSample(4, 2, 'q').rows.map((row) => `Quarter ${row} (${['2026-01-01 – 2026-03-31', '2026-04-01 – 2026-06-30', '2026-07-01 – 2026-09-30', '2026-10-01 – 2026-12-31'][row - 1]})`));
    // A changed period changes what the sample was drawn from: it no longer reproduces.
    await env.call('engagement.update', { periodStart: '2026-03-01' });
    expect((await env.call('readinessTest.get', { controlId: riskReview.id })).samples[0]!.reproducible).toBe(false);
    expect((await env.fail('sample.draw', { controlId: riskReview.id, source: 'occurrences', size: 9 })).message).toMatch(/cannot be drawn from 3 rows/);
    env.host.shutdown();
  });

  it('records results and an exception with root cause and response, and concludes only when consistent', async () => {
    const { env, onboarding, population } = await setUp();
    let view = await env.call('sample.draw', { controlId: onboarding.id, source: 'population', populationId: population.id, size: 3, seed: 's1' });
    const sampleId = view.samples[0]!.id;
    expect(view.samples[0]!.sizeBasis).toMatch(/chosen by the tester \(suggested: 15;/);
    expect((await env.fail('readinessTest.conclude', { controlId: onboarding.id, conclusion: 'no-exceptions' })).message).toBe('3 sample items are not tested yet. Record a result for every item (pass or exception) before concluding.');

    await env.call('sample.setResult', { sampleId, position: 1, result: 'pass' });
    await env.call('sample.setResult', { sampleId, position: 3, result: 'pass', note: 'Checklist complete, ticket HR-88' });
    view = await env.call('readinessException.add', { controlId: onboarding.id, sampleId, position: 2, description: 'Laptop issued before the checklist was signed' });
    expect(view.samples[0]!.items[1]).toMatchObject({ result: 'exception', exceptionIds: [view.exceptions[0]!.id] });
    expect(view.exceptions[0]).toMatchObject({ itemLabel: view.samples[0]!.items[1]!.label, rootCause: '', managementResponse: '' });
    expect(view.suggestedConclusion).toBe('exceptions-noted');

    expect((await env.fail('readinessTest.conclude', { controlId: onboarding.id, conclusion: 'no-exceptions' })).message).toMatch(/cannot conclude "no exceptions"/);
    expect((await env.fail('readinessTest.conclude', { controlId: onboarding.id, conclusion: 'exceptions-noted' })).message).toMatch(/needs a root cause and a management response/);
    await env.call('readinessException.update', { id: view.exceptions[0]!.id, patch: { rootCause: 'Hiring manager skipped the checklist step', managementResponse: 'Checklist made mandatory in the HR system from 1 Dec', responseOwner: 'Head of People' } });
    view = await env.call('readinessTest.conclude', { controlId: onboarding.id, conclusion: 'exceptions-noted', note: 'One of three without the signed checklist.' });
    expect(view.test).toMatchObject({ conclusion: 'exceptions-noted', conclusionNote: 'One of three without the signed checklist.' });
    expect((await env.fail('sample.setResult', { sampleId, position: 1, result: 'exception' })).message).toMatch(/is concluded/);
    expect((await env.fail('sample.remove', { sampleId })).message).toMatch(/is concluded/);

    const list = await env.call('readinessTest.list', {});
    expect(list.label).toBe('Internal readiness testing');
    expect(list.controls.find((summary) => summary.control.id === onboarding.id)).toMatchObject({ tested: true, conclusion: 'exceptions-noted', items: { total: 3, tested: 3, exceptions: 1 }, exceptions: 1 });
    env.host.shutdown();
  });

  it('keeps an editable sample-size table per engagement', async () => {
    const { env, onboarding } = await setUp();
    let table = await env.call('sampleSize.set', { basis: 'population', key: '51-250', value: 20 });
    expect(table.byPopulation.find((band) => band.key === '51-250')).toMatchObject({ value: 20, catalogValue: 10, overridden: true });
    const view = await env.call('readinessTest.get', { controlId: onboarding.id });
    expect(view.populations[0]!.suggestion.size).toBe(29);
    table = await env.call('sampleSize.set', { basis: 'frequency', key: 'quarterly', value: 4 });
    expect(table.byFrequency.find((row) => row.frequency === 'quarterly')).toMatchObject({ size: 4, catalogSize: 2, overridden: true });
    expect((await env.fail('sampleSize.set', { basis: 'frequency', key: 'quarterly', value: 2.5 })).message).toMatch(/whole number/);
    expect((await env.fail('sampleSize.set', { basis: 'population', key: '0-5', value: 3 })).message).toMatch(/tested in full/);
    table = await env.call('sampleSize.set', { basis: 'population', key: '51-250', value: null });
    expect(table.byPopulation.find((band) => band.key === '51-250')).toMatchObject({ value: 10, overridden: false });
    env.host.shutdown();
  });
});
