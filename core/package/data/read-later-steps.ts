import type Database from 'better-sqlite3';
import { readPolicyRegister } from '../../policies/policy-register';
import { readPackagePopulationRows, readPackagePopulations, readPackageReadinessExceptions, readPackageReadinessTests, readPackageSamples } from '../../testing/package-readers';
import type { PolicyData, PopulationData, ReadinessExceptionData, ReadinessTestData, SampleData } from './package-data';

/**
 * Data that steps 2–4 record in tables of their own (policy versions and approvals, populations,
 * samples, internal readiness tests and their exceptions). Each reader returns
 * null while its step's tables or functions do not exist in this version of the app, which the
 * package shows as "nothing recorded yet"; wiring a step in means filling in its reader here.
 */
export interface LaterStepReaders {
  policies(db: Database.Database): PolicyData[] | null;
  populations(db: Database.Database): PopulationData[] | null;
  /** The rows of one population, for the ZIP (header first); null when not available. */
  populationRows(db: Database.Database, ref: string): Iterable<string[]> | null;
  samples(db: Database.Database): SampleData[] | null;
  readinessTests(db: Database.Database): ReadinessTestData[] | null;
  readinessExceptions(db: Database.Database): ReadinessExceptionData[] | null;
}

export const laterStepReaders: LaterStepReaders = {
  policies: readPolicyRegister,
  populations: readPackagePopulations,
  populationRows: readPackagePopulationRows,
  samples: readPackageSamples,
  readinessTests: readPackageReadinessTests,
  readinessExceptions: readPackageReadinessExceptions,
};
