import type Database from 'better-sqlite3';
import { getPopulation, getPopulationRows, listPopulations, type PopulationRecord } from '../../db/queries/populations';
import { findReadinessTestByControl, listExceptions, listSampleItems, listSamples, type SampleRecord } from '../../db/queries/readiness-tests';
import { listSampleSizeOverrides } from '../../db/queries/sample-size-overrides';
import { ApiError } from '../api/errors';
import { READINESS_LABEL, type ControlLabel, type PopulationView, type ReadinessExceptionView, type ReadinessTestView, type SampleView } from '../api/testing-types';
import type { Catalog } from '../catalog/catalog-schema';
import { expectedOccurrences, isScheduleFrequency } from '../controls/schedule';
import { drawSampleRows, SAMPLE_ALGORITHM } from '../review/auditor-sampling';
import { occurrencesFingerprint } from './draw-sample';
import { readPeriod, readTestableControls, type TestableControl } from './read-testing-facts';
import { sampleSizeTable, suggestForFrequency, suggestForPopulation, type SampleSizeTable } from './sample-size';
import { suggestedConclusion } from './test-rules';

export const populationRef = (id: number): string => `POP-${id}`;

export function readSampleSizeTable(db: Database.Database, catalog: Catalog): SampleSizeTable {
  return sampleSizeTable(catalog.guidance.sampleSizes, listSampleSizeOverrides(db));
}

export function controlLabels(db: Database.Database, catalog: Catalog): Map<number, ControlLabel> {
  return new Map(readTestableControls(db, catalog).map((control) => [control.id, { id: control.id, ref: control.ref, title: control.title }]));
}

export function toPopulationView(db: Database.Database, record: PopulationRecord, labels: ReadonlyMap<number, ControlLabel>): PopulationView {
  const samples = db.prepare('SELECT count(*) FROM readiness_sample WHERE population_id = ?').pluck().get(record.id) as number;
  return {
    id: record.id,
    ref: populationRef(record.id),
    name: record.name,
    sourceSystem: record.sourceSystem,
    query: record.query,
    ranBy: record.ranBy,
    ranOn: record.ranOn,
    coversFrom: record.coversFrom,
    coversTo: record.coversTo,
    fileName: record.fileName,
    sha256: record.fileSha256,
    bytes: record.fileBytes,
    encoding: record.encoding,
    hadBom: record.hadBom,
    delimiter: record.delimiter,
    headers: record.headers,
    rowCount: record.rowCount,
    notes: record.importNotes,
    importedBy: record.importedBy,
    importedAt: record.importedAt,
    controls: record.controlIds.flatMap((id) => labels.get(id) ?? []),
    samples,
  };
}

/** A short label for a population row: its first few non-empty cells. */
export function rowLabel(cells: readonly string[]): string {
  const text = cells
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .slice(0, 3)
    .join(' · ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export const occurrenceLabel = (window: { label: string; windowStart: string; windowEnd: string }) => `${window.label} (${window.windowStart} – ${window.windowEnd})`;

/** Re-drawing a big population costs a hash per row; a sample never changes, so the answer is kept. */
const redrawCache = new Map<string, string>();

function redraw(seed: string, sourceSize: number, size: number): string {
  const key = `${seed}\u0000${sourceSize}\u0000${size}`;
  let rows = redrawCache.get(key);
  if (rows === undefined) {
    rows = drawSampleRows(seed, sourceSize, size).join(',');
    if (redrawCache.size > 200) redrawCache.clear();
    redrawCache.set(key, rows);
  }
  return rows;
}

function sampleView(db: Database.Database, sample: SampleRecord, exceptionIds: ReadonlyMap<string, number[]>, occurrenceFingerprint: string | null): SampleView {
  const items = listSampleItems(db, sample.id);
  const population = sample.populationId !== null ? getPopulation(db, sample.populationId) : undefined;
  const rows = population ? new Map(getPopulationRows(db, population.id, items.map((item) => item.rowNumber)).map((row) => [row.rowNumber, row])) : new Map();
  const sourceUnchanged = population ? population.fileSha256 === sample.sourceSha256 && population.rowCount === sample.sourceSize : occurrenceFingerprint === sample.sourceSha256;
  const reproducible =
    sourceUnchanged &&
    sample.algorithm === SAMPLE_ALGORITHM &&
    redraw(sample.seed, sample.sourceSize, sample.size) ===
      items
        .map((item) => item.rowNumber)
        .sort((a, b) => a - b)
        .join(',');
  return {
    id: sample.id,
    source: sample.source,
    population: population ? { id: population.id, ref: populationRef(population.id), name: population.name } : null,
    sourceSize: sample.sourceSize,
    sourceSha256: sample.sourceSha256,
    seed: sample.seed,
    algorithm: sample.algorithm,
    size: sample.size,
    suggestedSize: sample.suggestedSize,
    sizeBasis: sample.sizeBasis,
    drawnBy: sample.drawnBy,
    drawnAt: sample.drawnAt,
    headers: population?.headers ?? [],
    reproducible,
    items: items.map((item) => {
      const row = rows.get(item.rowNumber);
      return {
        position: item.position,
        rowNumber: item.rowNumber,
        label: item.label,
        lineNumber: row?.lineNumber ?? null,
        cells: row?.cells ?? null,
        result: item.result,
        note: item.note,
        exceptionIds: exceptionIds.get(`${sample.id}:${item.position}`) ?? [],
      };
    }),
  };
}

export function findTestableControl(db: Database.Database, catalog: Catalog, controlId: number): TestableControl {
  const control = readTestableControls(db, catalog).find((candidate) => candidate.id === controlId);
  if (!control) throw new ApiError('BAD_ARGUMENT', 'That control is not an active control of this engagement (it may have been retired or removed). Reload the list.');
  return control;
}

/** The expected occurrences of a control over the engagement's period (what a sample of occurrences is drawn from). */
export function occurrenceWindows(db: Database.Database, control: Pick<TestableControl, 'frequency'>): { windows: { index: number; label: string; windowStart: string; windowEnd: string }[]; note: string } {
  if (!isScheduleFrequency(control.frequency)) return { windows: [], note: 'This frequency has no schedule.' };
  const schedule = expectedOccurrences(control.frequency, readPeriod(db));
  return { windows: schedule.occurrences.filter((occurrence) => occurrence.expected).map(({ index, label, windowStart, windowEnd }) => ({ index, label, windowStart, windowEnd })), note: schedule.note };
}

export function readinessTestView(db: Database.Database, catalog: Catalog, controlId: number): ReadinessTestView {
  const control = findTestableControl(db, catalog, controlId);
  const table = readSampleSizeTable(db, catalog);
  const test = findReadinessTestByControl(db, control.id);
  const samples = test ? listSamples(db, test.id) : [];
  const exceptions = test ? listExceptions(db, test.id) : [];
  const items = samples.flatMap((sample) => listSampleItems(db, sample.id));
  const byItem = new Map<string, number[]>();
  for (const exception of exceptions) {
    if (exception.sampleId === null) continue;
    const key = `${exception.sampleId}:${exception.position}`;
    byItem.set(key, [...(byItem.get(key) ?? []), exception.id]);
  }
  const { windows, note } = occurrenceWindows(db, control);
  const fingerprint = windows.length > 0 ? occurrencesFingerprint(windows) : null;
  const sampleViews = samples.map((sample) => sampleView(db, sample, byItem, fingerprint));
  const labels = new Map<string, string>(sampleViews.flatMap((sample) => sample.items.map((item) => [`${sample.id}:${item.position}`, item.label] as const)));
  const periodic = control.frequency !== 'per-event';
  return {
    label: READINESS_LABEL,
    control: { id: control.id, ref: control.ref, title: control.title, frequency: control.frequency, automation: control.automation, owner: control.owner, key: control.details.key, objective: control.objective },
    controlProcedure: { methods: [...control.details.testProcedure.methods], steps: [...control.details.testProcedure.steps] },
    test: test
      ? { id: test.id, procedure: test.procedure, methods: test.methods, tester: test.tester, testedOn: test.testedOn, conclusion: test.conclusion, conclusionNote: test.conclusionNote, updatedAt: test.updatedAt }
      : null,
    suggestedConclusion: suggestedConclusion(items, exceptions),
    occurrences: {
      expected: windows.length,
      windows,
      suggestion: periodic ? suggestForFrequency(table, control, windows.length) : null,
      note: periodic ? note : 'A per-event control is tested on a sample of the events in a population: import the listing (Populations) and draw from it.',
    },
    populations: listPopulations(db).map((population) => ({
      id: population.id,
      ref: populationRef(population.id),
      name: population.name,
      rowCount: population.rowCount,
      linked: population.controlIds.includes(control.id),
      suggestion: suggestForPopulation(table, population.rowCount),
    })),
    samples: sampleViews,
    exceptions: exceptions.map(
      (exception): ReadinessExceptionView => ({
        id: exception.id,
        sampleId: exception.sampleId,
        position: exception.position,
        itemLabel: exception.sampleId === null ? null : (labels.get(`${exception.sampleId}:${exception.position}`) ?? null),
        description: exception.description,
        rootCause: exception.rootCause,
        managementResponse: exception.managementResponse,
        responseOwner: exception.responseOwner,
        createdAt: exception.createdAt,
        updatedAt: exception.updatedAt,
      }),
    ),
  };
}
