import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { periodCoverage, type CoverageEvidence, type CoverageInput } from '../../../core/testing/period-coverage';
import { tempDir } from '../helpers/temp';
import { testingHost } from './testing-host';

const freshness = bundledCatalog().guidance.freshness;
const control = (id: number, ref: string, frequency: string, automation = 'manual') => ({ id, ref, title: ref, frequency, automation, owner: 'Jo', key: true });
let nextId = 1;
const evidence = (controls: string[], date: string, extra: Partial<CoverageEvidence> = {}): CoverageEvidence => {
  const id = nextId++;
  return { id, ref: `EV-${String(id).padStart(4, '0')}`, fileName: `e${id}.pdf`, method: 'document', coversFrom: null, coversTo: date, capturedOn: null, controls, ...extra };
};

function input(overrides: Partial<CoverageInput>): CoverageInput {
  return { period: { reportType: 'type2', start: '2026-01-01', end: '2026-12-31' }, today: '2027-01-20', controls: [], evidence: [], populations: [], nonOccurrences: [], freshness, ...overrides };
}

describe('period coverage', () => {
  it('counts a quarterly control’s occurrences due against the evidence present, flagging the missed one', () => {
    const [coverage] = periodCoverage(input({ controls: [control(1, 'RSK-04', 'quarterly')], evidence: [evidence(['RSK-04'], '2026-03-20'), evidence(['RSK-04'], '2026-05-02'), evidence(['RSK-04'], '2026-11-30'), evidence(['OTHER'], '2026-08-01')] }));
    expect(coverage).toMatchObject({ kind: 'periodic', due: 4, evidenced: 3, missing: 1, notYetDue: 0, summary: 'quarterly: 4 due, 3 evidenced', level: 'partial' });
    expect(coverage!.occurrences.map((occurrence) => occurrence.state)).toEqual(['evidenced', 'evidenced', 'missing', 'evidenced']);
    expect(coverage!.note).toMatch(/1 occurrence without evidence/);
  });

  it('does not call a window that has not ended yet missing', () => {
    const [coverage] = periodCoverage(input({ today: '2026-08-15', controls: [control(1, 'RSK-04', 'quarterly')], evidence: [evidence(['RSK-04'], '2026-02-01'), evidence(['RSK-04'], '2026-06-01')] }));
    expect(coverage).toMatchObject({ due: 4, evidenced: 2, missing: 0, notYetDue: 2, summary: 'quarterly: 4 due, 2 evidenced, 2 not yet due', level: 'partial' });
  });

  it('counts a did-not-occur record only once it has its own evidence', () => {
    const attestation = evidence([], '2026-10-05', { method: 'attestation' });
    const base = { controls: [control(1, 'RSK-04', 'quarterly')], evidence: [evidence(['RSK-04'], '2026-03-20'), evidence(['RSK-04'], '2026-05-02'), evidence(['RSK-04'], '2026-11-30'), attestation] };
    const record = { id: 9, controlId: 1, windowStart: '2026-07-01', windowEnd: '2026-09-30', reason: 'The risk committee did not meet: the chair was on leave', evidenceId: null as number | null };
    const [unevidenced] = periodCoverage(input({ ...base, nonOccurrences: [record] }));
    expect(unevidenced).toMatchObject({ evidenced: 3, missing: 1, awaitingEvidence: 1 });
    expect(unevidenced!.occurrences[2]).toMatchObject({ state: 'did-not-occur-unevidenced', nonOccurrence: { id: 9, evidence: null } });

    const [evidenced] = periodCoverage(input({ ...base, nonOccurrences: [{ ...record, evidenceId: attestation.id }] }));
    expect(evidenced).toMatchObject({ due: 4, evidenced: 4, missing: 0, didNotOccur: 1, awaitingEvidence: 0, summary: 'quarterly: 4 due, 4 evidenced, 1 did not occur', level: 'complete' });
    expect(evidenced!.occurrences[2]!.nonOccurrence!.evidence).toMatchObject({ ref: attestation.ref });
  });

  it('flags stale annual evidence (older than 12 months at the reference date) and evidence outside the period', () => {
    const [annual] = periodCoverage(input({ controls: [control(1, 'RSK-03', 'annual')], evidence: [evidence(['RSK-03'], '2025-11-10')] }));
    expect(annual).toMatchObject({ due: 1, evidenced: 0, missing: 1 });
    expect(annual!.stale).toEqual([{ evidence: expect.objectContaining({ date: '2025-11-10' }), ageDays: 416, maxAgeDays: 365, rule: expect.stringMatching(/12 months/) }]);
    expect(annual!.unmatched.map((item) => item.date)).toEqual(['2025-11-10']);
    const [current] = periodCoverage(input({ controls: [control(1, 'RSK-03', 'annual')], evidence: [evidence(['RSK-03'], '2026-06-10')] }));
    expect(current).toMatchObject({ evidenced: 1, stale: [], level: 'complete' });
  });

  it('wants a configuration capture each quarter for continuous and automated controls, flagging a stale newest one', () => {
    const [automated] = periodCoverage(input({ today: '2026-12-15', controls: [control(1, 'OPS-01', 'daily', 'automated')], evidence: [evidence(['OPS-01'], '2026-02-01'), evidence(['OPS-01'], '2026-05-01'), evidence(['OPS-01'], '2026-08-20')] }));
    expect(automated).toMatchObject({ kind: 'configuration', due: 4, evidenced: 3, missing: 0, notYetDue: 1, summary: 'automated (quarterly captures): 4 due, 3 evidenced, 1 not yet due' });
    expect(automated!.stale).toEqual([expect.objectContaining({ ageDays: 117, maxAgeDays: 92 })]);
  });

  it('evidences a per-event control with a population covering the period, or a did-not-occur record', () => {
    const populations = [{ id: 1, name: 'Leavers', rowCount: 12, coversFrom: '2026-01-01', coversTo: '2026-12-31', controlIds: [1] }];
    const [covered] = periodCoverage(input({ controls: [control(1, 'HR-08', 'per-event')], populations }));
    expect(covered).toMatchObject({ kind: 'per-event', due: 1, evidenced: 1, populations: [{ coversPeriod: true }], summary: 'per-event: 1 due, 1 evidenced' });
    const [partial] = periodCoverage(input({ controls: [control(1, 'HR-08', 'per-event')], populations: [{ ...populations[0]!, coversFrom: '2026-03-01' }] }));
    expect(partial).toMatchObject({ evidenced: 0, missing: 1, populations: [{ coversPeriod: false }] });
    const attestation = evidence([], '2027-01-05', { method: 'attestation' });
    const [none] = periodCoverage(input({ controls: [control(1, 'HR-08', 'per-event')], evidence: [attestation], nonOccurrences: [{ id: 1, controlId: 1, windowStart: '2026-01-01', windowEnd: '2026-12-31', reason: 'Nobody left', evidenceId: attestation.id }] }));
    expect(none).toMatchObject({ evidenced: 1, didNotOccur: 1, occurrences: [{ state: 'did-not-occur' }] });
    // An attestation linked to the control and dated inside the period still shows non-occurrence, not operation.
    const linked = evidence(['HR-08'], '2026-12-31', { method: 'attestation' });
    const [attested] = periodCoverage(input({ controls: [control(1, 'HR-08', 'per-event')], evidence: [linked], nonOccurrences: [{ id: 1, controlId: 1, windowStart: '2026-01-01', windowEnd: '2026-12-31', reason: 'Nobody left', evidenceId: linked.id }] }));
    expect(attested).toMatchObject({ evidenced: 1, didNotOccur: 1, occurrences: [{ state: 'did-not-occur', evidence: [] }], unmatched: [] });
  });

  it('says what to do while the period is not set', () => {
    const [coverage] = periodCoverage(input({ period: null, controls: [control(1, 'RSK-04', 'quarterly')] }));
    expect(coverage).toMatchObject({ kind: 'no-period', due: 0, summary: 'quarterly: period not set' });
    expect(coverage!.note).toMatch(/step 1/);
  });
});

describe('period coverage through the API, with the evidence store', () => {
  it('shows “quarterly: 4 due, 3 evidenced”, then 4 once the missed quarter is shown not to have occurred', async () => {
    const dir = tempDir();
    const env = await testingHost(dir, () => new Date('2027-01-20T09:00:00Z'));
    await env.call('engagement.update', { reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const [riskReview] = await env.call('controls.adopt', { catalogIds: ['RSK-04'] });
    const add = async (name: string, coversTo: string, controls: string[], method: 'document' | 'attestation') => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `${name} ${coversTo}`);
      const { jobId } = await env.call('evidence.import', { paths: [file], metadata: { coversTo, controls, method } });
      expect((await env.finish(jobId)).state).toBe('succeeded');
    };
    await add('q1-risk-review.pdf', '2026-03-25', ['RSK-04'], 'document');
    await add('q2-risk-review.pdf', '2026-06-22', ['RSK-04'], 'document');
    await add('q4-risk-review.pdf', '2026-12-10', ['RSK-04'], 'document');
    await add('q3-attestation.pdf', '2026-10-02', [], 'attestation');

    let view = await env.call('periodCoverage.get', {});
    expect(view).toMatchObject({ evidenceStore: true, period: { start: '2026-01-01', end: '2026-12-31' }, today: '2027-01-20' });
    const coverage = view.controls.find((item) => item.ref === 'RSK-04')!;
    expect(coverage.summary).toBe('quarterly: 4 due, 3 evidenced');
    expect(coverage.occurrences[2]).toMatchObject({ label: 'Quarter 3', state: 'missing' });
    const attestation = view.evidenceChoices[0]!;
    expect(attestation).toMatchObject({ method: 'attestation', fileName: 'q3-attestation.pdf' });

    view = await env.call('periodCoverage.markNotOccurred', { controlId: riskReview!.id, windowStart: '2026-07-01', windowEnd: '2026-09-30', reason: 'Committee meeting cancelled' });
    expect(view.controls[0]).toMatchObject({ evidenced: 3, awaitingEvidence: 1, missing: 1 });
    view = await env.call('periodCoverage.markNotOccurred', { controlId: riskReview!.id, windowStart: '2026-07-01', windowEnd: '2026-09-30', reason: 'Committee meeting cancelled', evidenceId: attestation.id });
    expect(view.controls[0]).toMatchObject({ summary: 'quarterly: 4 due, 4 evidenced, 1 did not occur', level: 'complete' });
    const log = await env.call('activity.list', {});
    expect(log[0]).toMatchObject({ action: 'periodCoverage.markNotOccurred' });

    // Removing the attestation leaves the explanation, without evidence again.
    await env.call('evidence.remove', { ref: attestation.ref });
    view = await env.call('periodCoverage.get', {});
    expect(view.controls[0]).toMatchObject({ evidenced: 3, awaitingEvidence: 1 });
    view = await env.call('periodCoverage.clearNotOccurred', { id: view.controls[0]!.occurrences[2]!.nonOccurrence!.id });
    expect(view.controls[0]!.summary).toBe('quarterly: 4 due, 3 evidenced');
    env.host.shutdown();
  });
});
