import type Database from 'better-sqlite3';
import { getPopulation, getPopulationRows } from '../../db/queries/populations';
import { findReadinessTestByControl, insertReadinessTest, insertSample } from '../../db/queries/readiness-tests';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { Catalog } from '../catalog/catalog-schema';
import { drawSample, occurrencesFingerprint } from './draw-sample';
import type { TestableControl } from './read-testing-facts';
import type { SizeSuggestion } from './sample-size';
import { suggestForFrequency, suggestForPopulation } from './sample-size';
import { findTestableControl, occurrenceLabel, occurrenceWindows, populationRef, readSampleSizeTable, rowLabel } from './testing-views';

export interface SampleRequest {
  controlId: number;
  source: 'population' | 'occurrences';
  populationId?: number | undefined;
  size?: number | undefined;
  seed?: string | undefined;
}

export interface RecordedSample {
  sampleId: number;
  control: TestableControl;
  seed: string;
  algorithm: string;
  size: number;
  basis: string;
  items: { position: number; rowNumber: number; label: string; lineNumber: number | null; cells: string[] | null }[];
  population: { id: number; ref: string; name: string; headers: string[] } | null;
}

/**
 * The control's test, created on first use with the control's own procedure (step 3's, the library's
 * unless edited). A control written for the engagement may have no procedure yet; its test starts
 * with inspection, which the tester then adjusts.
 */
export function ensureReadinessTest(db: Database.Database, control: TestableControl, now: string): number {
  const existing = findReadinessTestByControl(db, control.id);
  if (existing) return existing.id;
  const methods = control.details.testProcedure.methods.some((method) => method !== 'inquiry') ? control.details.testProcedure.methods : ['inspection'];
  const procedure = control.details.testProcedure.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
  return insertReadinessTest(db, { controlId: control.id, procedure, methods }, now);
}

/** Draws a sample for a control's internal readiness test and records it (seed, algorithm, rows) with its activity-log entry. */
export function recordSample(workspace: Workspace, catalog: Catalog, request: SampleRequest): RecordedSample {
  const { control, table, population } = workspace.read((db) => {
    const found = findTestableControl(db, catalog, request.controlId);
    const chosen = request.source === 'population' ? getPopulation(db, request.populationId ?? 0) : undefined;
    if (request.source === 'population' && !chosen) throw new ApiError('BAD_ARGUMENT', 'That population is not in this workspace (it may have been removed). Reload the list.');
    return { control: found, table: readSampleSizeTable(db, catalog), population: chosen };
  });

  let sourceSize: number;
  let sourceSha256: string;
  let suggestion: SizeSuggestion | null;
  let labelOf: (rowNumber: number) => string;
  if (population) {
    sourceSize = population.rowCount;
    sourceSha256 = population.fileSha256;
    suggestion = suggestForPopulation(table, population.rowCount);
    labelOf = () => '';
  } else {
    if (control.frequency === 'per-event') throw new ApiError('BAD_ARGUMENT', `${control.ref} operates on each event, so its sample comes from a population of those events: import the listing under Populations and draw from it.`);
    const { windows, note } = workspace.read((db) => occurrenceWindows(db, control));
    if (windows.length === 0) throw new ApiError('BAD_ARGUMENT', `${control.ref} has no expected occurrences to sample. ${note}`);
    sourceSize = windows.length;
    sourceSha256 = occurrencesFingerprint(windows);
    suggestion = suggestForFrequency(table, control, windows.length);
    labelOf = (rowNumber) => occurrenceLabel(windows[rowNumber - 1]!);
  }
  const size = request.size ?? suggestion?.size ?? 1;
  const drawn = drawSample(sourceSize, size, request.seed);
  const basis = request.size !== undefined && request.size !== suggestion?.size ? `chosen by the tester (suggested: ${suggestion ? `${suggestion.size}; ${suggestion.basis}` : 'none'})` : (suggestion?.basis ?? '');
  const rows = population ? workspace.read((db) => getPopulationRows(db, population.id, drawn.rows)) : [];
  const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));

  const sampleId = workspace.write(
    {
      action: 'sample.draw',
      subject: `control:${control.id}`,
      details: { control: control.ref, source: population ? populationRef(population.id) : 'occurrences in the period', seed: drawn.seed, algorithm: drawn.algorithm, size, rows: drawn.rows },
    },
    (db) => {
      const now = workspace.now();
      const testId = ensureReadinessTest(db, control, now);
      if (population) db.prepare('INSERT OR IGNORE INTO population_control (population_id, control_id) VALUES (?, ?)').run(population.id, control.id);
      return insertSample(
        db,
        { testId, source: request.source, populationId: population?.id ?? null, sourceSize, sourceSha256, seed: drawn.seed, algorithm: drawn.algorithm, size, suggestedSize: suggestion?.size ?? null, sizeBasis: basis, drawnBy: workspace.actor, drawnAt: now },
        drawn.rows.map((rowNumber) => ({ rowNumber, label: population ? rowLabel(byNumber.get(rowNumber)?.cells ?? []) : labelOf(rowNumber) })),
        now,
      );
    },
  );
  return {
    sampleId,
    control,
    seed: drawn.seed,
    algorithm: drawn.algorithm,
    size,
    basis,
    population: population ? { id: population.id, ref: populationRef(population.id), name: population.name, headers: population.headers } : null,
    items: drawn.rows.map((rowNumber, index) => {
      const row = byNumber.get(rowNumber);
      return { position: index + 1, rowNumber, label: population ? rowLabel(row?.cells ?? []) : labelOf(rowNumber), lineNumber: row?.lineNumber ?? null, cells: row?.cells ?? null };
    }),
  };
}
