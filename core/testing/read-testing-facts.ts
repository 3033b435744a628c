import type Database from 'better-sqlite3';
import { hasEvidenceStore } from '../../db/evidence-store';
import { listControlImplementation } from '../../db/queries/control-implementation';
import { getEngagement } from '../../db/queries/engagement';
import { listEngagementControls, type EngagementControlRecord } from '../../db/queries/engagement-controls';
import { listAllEvidence } from '../../db/queries/evidence';
import { listNonOccurrences } from '../../db/queries/non-occurrences';
import { listPopulations } from '../../db/queries/populations';
import type { Catalog } from '../catalog/catalog-schema';
import { controlRef, resolveDetails, type ResolvedDetails } from '../controls/control-details';
import { schedulePeriod, type SchedulePeriod } from '../controls/schedule';
import type { CoverageEvidence, CoverageInput } from './period-coverage';

/** An adopted, not retired control with the details step 4 needs (its procedure as step 3 left it). */
export interface TestableControl extends EngagementControlRecord {
  ref: string;
  details: ResolvedDetails;
}

export function readTestableControls(db: Database.Database, catalog: Catalog): TestableControl[] {
  const library = new Map(catalog.controls.map((control) => [control.id, control]));
  const implementation = listControlImplementation(db);
  return listEngagementControls(db)
    .filter((control) => !control.retired)
    .map((control) => ({ ...control, ref: controlRef(control), details: resolveDetails(implementation.get(control.id), control.catalogControlId ? library.get(control.catalogControlId) : undefined) }));
}

export function readPeriod(db: Database.Database): SchedulePeriod | null {
  return schedulePeriod(getEngagement(db));
}

/** Evidence items with their dates and linked controls; empty when this workspace has no evidence store. */
export function readCoverageEvidence(db: Database.Database): CoverageEvidence[] {
  if (!hasEvidenceStore(db)) return [];
  return listAllEvidence(db).map((item) => ({ id: item.id, ref: item.ref, fileName: item.fileName, method: item.method, coversFrom: item.coversFrom, coversTo: item.coversTo, capturedOn: item.capturedOn, controls: item.controls }));
}

export function readCoverageInput(db: Database.Database, catalog: Catalog, today: string): CoverageInput {
  return {
    period: readPeriod(db),
    today,
    controls: readTestableControls(db, catalog).map((control) => ({ id: control.id, ref: control.ref, title: control.title, frequency: control.frequency, automation: control.automation, owner: control.owner, key: control.details.key })),
    evidence: readCoverageEvidence(db),
    populations: listPopulations(db).map((population) => ({ id: population.id, name: population.name, rowCount: population.rowCount, coversFrom: population.coversFrom, coversTo: population.coversTo, controlIds: population.controlIds })),
    nonOccurrences: listNonOccurrences(db),
    freshness: catalog.guidance.freshness,
  };
}
