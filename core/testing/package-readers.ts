import type Database from 'better-sqlite3';
import { getEngagementControl } from '../../db/queries/engagement-controls';
import { getPopulation, iteratePopulationRows, listPopulations } from '../../db/queries/populations';
import { getReadinessTest, listExceptions, listReadinessTests, listSampleItems, listSamples } from '../../db/queries/readiness-tests';
import { controlRef } from '../controls/control-details';
import type { PopulationData, ReadinessExceptionData, ReadinessTestData, SampleData } from '../package/data/package-data';
import { whenTables } from '../package/data/table-exists';
import { populationRef } from './testing-views';

/**
 * Step 4's part of the auditor package: populations (with their rows for the ZIP), samples with their
 * seeds and results, internal readiness tests and their exceptions. Each returns null when the
 * workspace (or the sealed snapshot being packaged) predates these tables, which the package shows as
 * "nothing recorded yet".
 */

const TABLES = ['population', 'population_row', 'population_control', 'readiness_test', 'readiness_sample', 'readiness_sample_item', 'readiness_exception'] as const;

function refOfControl(db: Database.Database, id: number): string {
  const control = getEngagementControl(db, id);
  return control ? controlRef(control) : `C-${id}`;
}

function rangeText(from: string | null, to: string | null): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `up to ${to}`;
  return 'range not stated';
}

export function readPackagePopulations(db: Database.Database): PopulationData[] | null {
  return whenTables(db, TABLES, () =>
    listPopulations(db).map((population) => ({
      ref: populationRef(population.id),
      name: population.name,
      controls: population.controlIds.map((id) => refOfControl(db, id)),
      sourceSystem: population.sourceSystem,
      query: population.query,
      ranBy: population.ranBy,
      ranAt: population.ranOn,
      covers: rangeText(population.coversFrom, population.coversTo),
      rowCount: population.rowCount,
      sha256: population.fileSha256,
    })),
  );
}

/** The population as a table for the ZIP: its header, then its rows in file order (read one at a time). */
export function readPackagePopulationRows(db: Database.Database, ref: string): Iterable<string[]> | null {
  const match = /^POP-(\d+)$/.exec(ref);
  return whenTables(db, TABLES, () => {
    const population = match ? getPopulation(db, Number(match[1])) : undefined;
    if (!population) return null;
    return (function* () {
      yield population.headers;
      for (const row of iteratePopulationRows(db, population.id)) yield row.cells;
    })();
  });
}

export function readPackageSamples(db: Database.Database): SampleData[] | null {
  return whenTables(db, TABLES, () =>
    listSamples(db).map((sample) => {
      const test = getReadinessTest(db, sample.testId)!;
      return {
        control: refOfControl(db, test.controlId),
        population: sample.populationId === null ? null : populationRef(sample.populationId),
        seed: sample.seed,
        size: sample.size,
        items: listSampleItems(db, sample.id).map((item) => ({
          item: sample.source === 'population' ? `Row ${item.rowNumber}${item.label ? `: ${item.label}` : ''}` : item.label,
          result: item.result,
          note: item.note,
        })),
      };
    }),
  );
}

export function readPackageReadinessTests(db: Database.Database): ReadinessTestData[] | null {
  return whenTables(db, TABLES, () =>
    listReadinessTests(db).map((test) => ({ control: refOfControl(db, test.controlId), methods: test.methods, result: test.conclusion, tester: test.tester, testedOn: test.testedOn, conclusion: test.conclusionNote })),
  );
}

export function readPackageReadinessExceptions(db: Database.Database): ReadinessExceptionData[] | null {
  return whenTables(db, TABLES, () => {
    const controlOfTest = new Map(listReadinessTests(db).map((test) => [test.id, refOfControl(db, test.controlId)]));
    return listExceptions(db).map((exception) => ({
      control: controlOfTest.get(exception.testId) ?? '',
      description: exception.description,
      rootCause: exception.rootCause,
      managementResponse: exception.managementResponse,
    }));
  });
}
