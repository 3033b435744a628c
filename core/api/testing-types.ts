/**
 * Result types of step 4's populations, internal readiness testing and period coverage API. Plain
 * data only (the renderer imports these as types).
 */
import type { ControlCoverage } from '../testing/period-coverage';
import type { SampleSizeTable, SizeSuggestion } from '../testing/sample-size';

export const POPULATION_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type PopulationEncodingId = (typeof POPULATION_ENCODINGS)[number];
export const READINESS_CONCLUSIONS = ['not-concluded', 'no-exceptions', 'exceptions-noted', 'not-operating'] as const;
export type ReadinessConclusionId = (typeof READINESS_CONCLUSIONS)[number];
export const SAMPLE_RESULTS = ['not-tested', 'pass', 'exception'] as const;
export type SampleResultId = (typeof SAMPLE_RESULTS)[number];

/** Every screen and export of this part says this, so nobody mistakes it for the auditor's testing. */
export const READINESS_LABEL = 'Internal readiness testing';

export interface ControlLabel {
  id: number;
  ref: string;
  title: string;
}

export interface PopulationView {
  id: number;
  /** POP-<n>: how the population is named on screen, in the CLI and in the package. */
  ref: string;
  name: string;
  sourceSystem: string;
  query: string;
  ranBy: string;
  ranOn: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  fileName: string;
  sha256: string;
  bytes: number;
  encoding: PopulationEncodingId;
  hadBom: boolean;
  delimiter: string;
  headers: string[];
  rowCount: number;
  notes: string[];
  importedBy: string;
  importedAt: string;
  controls: ControlLabel[];
  samples: number;
}

export interface PopulationRowView {
  rowNumber: number;
  lineNumber: number;
  cells: string[];
}

export interface PopulationRowsPage {
  populationId: number;
  headers: string[];
  offset: number;
  total: number;
  rows: PopulationRowView[];
}

export interface PopulationImportResult {
  population: PopulationView;
  notes: string[];
}

export interface SampleItemView {
  position: number;
  rowNumber: number;
  label: string;
  /** The population row as imported (null for a sample of occurrences). */
  lineNumber: number | null;
  cells: string[] | null;
  result: SampleResultId;
  note: string;
  exceptionIds: number[];
}

export interface SampleView {
  id: number;
  source: 'population' | 'occurrences';
  population: { id: number; ref: string; name: string } | null;
  sourceSize: number;
  sourceSha256: string;
  seed: string;
  algorithm: string;
  size: number;
  suggestedSize: number | null;
  sizeBasis: string;
  drawnBy: string;
  drawnAt: string;
  headers: string[];
  items: SampleItemView[];
  /** Drawing again with the same seed from the same source gives exactly these rows. */
  reproducible: boolean;
}

export interface ReadinessExceptionView {
  id: number;
  sampleId: number | null;
  position: number | null;
  itemLabel: string | null;
  description: string;
  rootCause: string;
  managementResponse: string;
  responseOwner: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReadinessTestSummary {
  control: ControlLabel;
  frequency: string;
  automation: string;
  owner: string;
  key: boolean;
  implementationStatus: string;
  tested: boolean;
  methods: string[];
  conclusion: ReadinessConclusionId;
  items: { total: number; tested: number; exceptions: number };
  exceptions: number;
}

export interface ReadinessTestingView {
  label: typeof READINESS_LABEL;
  reportType: 'type1' | 'type2';
  period: { start: string; end: string } | null;
  controls: ReadinessTestSummary[];
  populations: { id: number; ref: string; name: string; rowCount: number }[];
}

export interface ReadinessTestView {
  label: typeof READINESS_LABEL;
  control: ControlLabel & { frequency: string; automation: string; owner: string; key: boolean; objective: string };
  /** The control's procedure as step 3 has it (the library's unless edited): the starting point. */
  controlProcedure: { methods: string[]; steps: string[] };
  test: {
    id: number;
    procedure: string;
    methods: string[];
    tester: string;
    testedOn: string | null;
    conclusion: ReadinessConclusionId;
    conclusionNote: string;
    updatedAt: string;
  } | null;
  suggestedConclusion: ReadinessConclusionId;
  occurrences: { expected: number; windows: { index: number; label: string; windowStart: string; windowEnd: string }[]; suggestion: SizeSuggestion | null; note: string };
  populations: { id: number; ref: string; name: string; rowCount: number; linked: boolean; suggestion: SizeSuggestion }[];
  samples: SampleView[];
  exceptions: ReadinessExceptionView[];
}

export interface PeriodCoverageView {
  reportType: 'type1' | 'type2';
  period: { start: string; end: string } | null;
  today: string;
  evidenceStore: boolean;
  controls: ControlCoverage[];
  totals: { controls: number; due: number; evidenced: number; missing: number; stale: number; awaitingEvidence: number };
  /** Evidence items that can be linked to a did-not-occur record (attestations first). */
  evidenceChoices: { id: number; ref: string; fileName: string; method: string | null }[];
}

export type { SampleSizeTable, SizeSuggestion, ControlCoverage };
