import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { bundledCatalog } from '../../core/catalog/load-catalog';
import type { EvidenceSource } from '../../core/package/data/evidence-source';
import type { ControlRecord, EvidenceItem, PackageData, PopulationData, SampleData } from '../../core/package/data/package-data';
import { inScopeCriteria } from '../../core/scope/in-scope';
import { generateAssertion } from '../../core/seal/draft-assertion';
import { generateDescription } from '../../core/seal/draft-description';

/**
 * A large engagement for the package benchmark, built in memory (no workspace needed): all 61
 * criteria, 150 controls, 3 000 evidence items whose bytes are generated on demand, 20 000 population
 * rows and 2 000 sampled items. Everything is deterministic, so runs compare like with like.
 */
export interface SyntheticEngagement {
  data: PackageData;
  evidence: EvidenceSource;
  populationRows: (ref: string) => Iterable<string[]> | null;
  evidenceBytes: number;
}

const CHUNK = 64 * 1024;

function evidenceBytes(index: number, size: number): Buffer {
  const block = Buffer.from(`evidence ${index}: ${'row,value,timestamp\n'.repeat(8)}`);
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += block.length) block.copy(out, offset, 0, Math.min(block.length, size - offset));
  return out;
}

export function syntheticEngagement(options: { controls?: number; evidence?: number; populationRows?: number; samples?: number; evidenceSize?: (i: number) => number } = {}): SyntheticEngagement {
  const controlCount = options.controls ?? 150;
  const evidenceCount = options.evidence ?? 3000;
  const rowCount = options.populationRows ?? 20_000;
  const sampleCount = options.samples ?? 2000;
  const sizeOf = options.evidenceSize ?? ((i: number) => 2048 + (i % 40) * 1024);
  const catalog = bundledCatalog();
  const engagement = {
    organisationName: 'Northwind Logistics Group, Inc.',
    systemName: 'Northwind Fleet Platform',
    reportType: 'type2' as const,
    asOfDate: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    cpaFirm: 'Harlow & Finch LLP',
    preparedBy: 'Meridian Readiness Partners',
    categories: ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] as PackageData['engagement']['categories'],
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
  const criteria = inScopeCriteria(catalog.criteria, engagement.categories);
  const controls: ControlRecord[] = Array.from({ length: controlCount }, (_, i) => {
    const source = catalog.controls[i % catalog.controls.length]!;
    const custom = i >= catalog.controls.length;
    return {
      ref: custom ? `C-${i + 1}` : source.id,
      title: custom ? `${source.title} (second site)` : source.title,
      objective: source.objective,
      area: source.area,
      owner: ['Priya Raman (Head of Security)', 'Tom Okafor (VP Engineering)', 'Sam Ortiz (IT and People Operations)'][i % 3]!,
      frequency: source.frequency,
      nature: source.nature,
      automation: source.automation,
      status: i % 11 === 0 ? 'in-progress' : 'implemented',
      key: source.key,
      retired: false,
      retiredReason: '',
      criteria: source.criteria,
      policies: source.policies,
      procedure: { methods: source.testProcedure.methods, steps: source.testProcedure.steps },
    };
  });
  const evidence: EvidenceItem[] = Array.from({ length: evidenceCount }, (_, i) => {
    const size = sizeOf(i);
    const hash = createHash('sha256');
    for (let offset = 0; offset < size; offset += CHUNK) hash.update(evidenceBytes(i, Math.min(CHUNK, size - offset)));
    const control = controls[i % controls.length]!;
    return {
      ref: `EV-${String(i + 1).padStart(4, '0')}`,
      fileName: `${control.ref} ${['access review', 'change ticket export', 'backup report', 'alert screenshot'][i % 4]} ${String(1 + (i % 12)).padStart(2, '0')}-2026.csv`,
      controls: [control.ref],
      criteria: control.criteria.slice(0, 2),
      asOf: `2026-${String(1 + (i % 12)).padStart(2, '0')}-28`,
      capturedOn: `2026-${String(1 + (i % 12)).padStart(2, '0')}-28`,
      collector: 'Priya Raman',
      method: 'export',
      sizeBytes: size,
      sha256: hash.digest('hex'),
      redacted: i % 250 === 0,
    };
  });
  const populationCount = 10;
  const populations: PopulationData[] = Array.from({ length: populationCount }, (_, p) => ({
    ref: `POP-${p + 1}`,
    name: ['Hires', 'Leavers', 'Production changes', 'Incidents', 'Access requests'][p % 5]!,
    controls: [controls[p * 7]!.ref],
    sourceSystem: 'HR system export',
    query: 'all records in the period',
    ranBy: 'Sam Ortiz',
    ranAt: '2027-01-05',
    covers: '2026-01-01 to 2026-12-31',
    rowCount: Math.floor(rowCount / populationCount),
    sha256: createHash('sha256').update(`population ${p}`).digest('hex'),
  }));
  const perSample = 25;
  const samples: SampleData[] = Array.from({ length: Math.ceil(sampleCount / perSample) }, (_, s) => ({
    control: controls[s % controls.length]!.ref,
    population: populations[s % populationCount]!.ref,
    seed: `seed-${1000 + s}`,
    size: perSample,
    items: Array.from({ length: perSample }, (_, k) => ({ item: `row ${(s * 37 + k * 11) % 2000}: record ${s}-${k}`, result: k === 3 && s % 9 === 0 ? 'exception' : 'passed', note: k === 3 && s % 9 === 0 ? 'approval recorded after the change' : '' })),
  }));
  const data: PackageData = {
    engagement,
    workspaceId: 'synthetic',
    catalog,
    criteria,
    scope: {
      services: 'Fleet tracking, route planning and delivery confirmation for regional carriers.',
      locations: 'Chicago (head office); production in two cloud regions.',
      headcount: 420,
      securityOwner: 'Priya Raman',
      targetFieldwork: '2027-01-10 to 2027-02-15',
      description: catalog.guidance.descriptionCriteria.map((dc) => ({ id: dc.id, title: dc.title, required: true, body: `${dc.example}\n\n${dc.example}` })),
      components: Array.from({ length: 40 }, (_, i) => ({ name: `component-${i + 1}`, type: 'application', owner: 'Tom Okafor', environment: 'production', dataClassification: 'confidential' })),
      cuecs: catalog.guidance.cuecExamples.map((c) => ({ control: c.control, criteria: c.relatedCriteria })),
      subservice: catalog.guidance.csocExamples.slice(0, 3).map((c) => ({ name: c.subservice, service: 'Hosting', method: 'carve-out', socReport: 'soc2-type2', socPeriod: '2025-10-01 to 2026-09-30', csocs: [{ control: c.control, criteria: c.relatedCriteria }] })),
    },
    controls,
    assessments: criteria.map((c, i) => ({ criterionId: c.id, status: i % 13 === 0 ? 'gap' : 'met', currentPractice: 'Documented and operating.', naReason: '' })),
    remediation: Array.from({ length: 40 }, (_, i) => ({ ref: `R-${i + 1}`, criterionId: criteria[i % criteria.length]!.id, control: controls[i]!.ref, title: `Close the gap found in review ${i + 1}`, owner: 'Tom Okafor', severity: ['high', 'medium', 'low'][i % 3]!, dueDate: '2027-01-31', status: i % 4 === 0 ? 'done' : 'open' })),
    readiness: { overall: { design: 91.5, operating: 78.2 }, byCategory: engagement.categories.map((c, i) => ({ category: c, name: c, design: 85 + i * 2, operating: 70 + i * 3 })), notes: [] },
    policies: catalog.policies.map((p) => ({ ref: p.id, title: p.title, version: '2', approver: 'Dana Whitfield', approvedOn: '2026-02-01', nextReview: '2027-02-01', sha256: createHash('sha256').update(p.markdown).digest('hex'), status: 'approved', markdown: p.markdown.replace(/\{\{\s*\w+\s*\}\}/g, 'Northwind') })),
    evidence,
    populations,
    samples,
    readinessTests: controls.map((c, i) => ({ control: c.ref, methods: ['inspection', 'reperformance'], result: i % 9 === 0 ? 'exceptions' : 'passed', tester: 'Meridian Readiness Partners', testedOn: '2026-12-15', conclusion: 'Operated as described across the sample.' })),
    readinessExceptions: Array.from({ length: 12 }, (_, i) => ({ control: controls[i * 9]!.ref, description: 'One sampled change was approved after deployment.', rootCause: 'Emergency change process used without retrospective approval.', managementResponse: 'Retrospective approval now enforced by the pipeline.' })),
    waivers: [],
    drafts: { assertion: { text: '', edited: false, savedBy: null, savedAt: null }, description: { text: '', edited: false, savedBy: null, savedAt: null } },
    pbc: Array.from({ length: 120 }, (_, i) => ({ id: i + 1, reference: `PBC-${i + 1}`, request: `Provide the evidence for request ${i + 1}.`, status: (['open', 'provided', 'accepted'] as const)[i % 3], owner: 'Priya Raman', dueDate: '2027-01-20', linkedEvidence: [evidence[i]!.ref], notes: '', source: 'csv' as const, createdAt: '2026-12-01', updatedAt: '2026-12-01' })),
    auditExceptions: [],
    finalReport: null,
    seals: [],
    activity: { entries: 25_000, first: '2026-01-02T09:00:00.000Z', last: '2026-12-31T17:00:00.000Z', headSeq: 25_000, headHash: 'f'.repeat(64), chainIntact: true, problems: [], byAction: [{ action: 'evidence.add', count: 3000 }], recent: [] },
  };
  data.drafts.assertion.text = generateAssertion(data);
  data.drafts.description.text = generateDescription(data, catalog.guidance);
  const byRef = new Map(evidence.map((item, i) => [item.ref, i]));
  return {
    data,
    evidenceBytes: evidence.reduce((sum, item) => sum + item.sizeBytes, 0),
    evidence: {
      list: () => evidence,
      open: (item) => {
        const index = byRef.get(item.ref)!;
        return Readable.from(
          (function* chunks() {
            for (let offset = 0; offset < item.sizeBytes; offset += CHUNK) yield evidenceBytes(index, Math.min(CHUNK, item.sizeBytes - offset));
          })(),
        );
      },
    },
    populationRows: (ref) => {
      const population = populations.find((p) => p.ref === ref);
      if (!population) return null;
      return (function* rows() {
        yield ['employee_id', 'name', 'event_date', 'approved_by'];
        for (let i = 0; i < population.rowCount; i++) yield [`E${100000 + i}`, `Person ${i}`, `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`, 'Manager'];
      })();
    },
  };
}
