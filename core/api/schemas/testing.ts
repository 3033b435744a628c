import { z } from 'zod';
import { TEST_METHODS } from '../control-types';
import type { PeriodCoverageView, PopulationRowsPage, PopulationView, ReadinessTestingView, ReadinessTestView, SampleSizeTable } from '../testing-types';
import { POPULATION_ENCODINGS, READINESS_CONCLUSIONS, SAMPLE_RESULTS } from '../testing-types';
import { absolutePath, isoDate, none } from './common';

const id = z.number().int().min(1);
const text = (max: number) => z.string().trim().max(max);
const required = (max: number, what: string) => z.string().trim().min(1, what).max(max);
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20), 'a file name cannot contain / or \\ or control characters');

const rangeInOrder = (value: { coversFrom?: string | null | undefined; coversTo?: string | null | undefined }) => !value.coversFrom || !value.coversTo || value.coversFrom <= value.coversTo;
const RANGE_MESSAGE = { message: 'the range must end on or after the day it starts', path: ['coversTo'] };

/** Provenance as edited later: only the fields sent change (no defaults here, or a patch would blank the rest). */
const provenanceFields = z
  .object({
    name: required(200, 'give the population a name, for example “Hires, April–September 2026”'),
    sourceSystem: required(200, 'say which system produced the listing, for example “BambooHR”'),
    query: text(4000),
    ranBy: text(200),
    ranOn: isoDate.nullable(),
    coversFrom: isoDate.nullable(),
    coversTo: isoDate.nullable(),
    controlIds: z.array(id).max(200),
  })
  .strict();

/** Provenance given at import: everything but the name and the source system may be left out. */
const provenance = provenanceFields.extend({
  query: text(4000).default(''),
  ranBy: text(200).default(''),
  ranOn: isoDate.nullable().default(null),
  coversFrom: isoDate.nullable().default(null),
  coversTo: isoDate.nullable().default(null),
  controlIds: z.array(id).max(200).default([]),
});

export const testingSchemas = {
  'population.list': none,
  'population.import': provenance
    .extend({
      /** Desktop and command line: the file's path. Browser mode: an upload made through the host's upload endpoint. */
      path: absolutePath.optional(),
      upload: z.object({ uploadId: z.string().uuid(), fileName }).strict().optional(),
      encoding: z.enum(['auto', ...POPULATION_ENCODINGS]).default('auto'),
    })
    .strict()
    .refine((args) => (args.path === undefined) !== (args.upload === undefined), 'choose one file: a path or an upload')
    .refine(rangeInOrder, RANGE_MESSAGE),
  'population.rows': z.object({ id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  'population.update': z
    .object({ id, patch: provenanceFields.partial().strict().refine((patch) => Object.keys(patch).length > 0, 'choose something to change') })
    .strict(),
  'population.remove': z.object({ id }).strict(),
  'readinessTest.list': none,
  'readinessTest.get': z.object({ controlId: id }).strict(),
  'readinessTest.save': z
    .object({
      controlId: id,
      procedure: text(20_000).optional(),
      methods: z.array(z.enum(TEST_METHODS)).max(4).optional(),
      tester: text(200).optional(),
      testedOn: isoDate.nullable().optional(),
    })
    .strict(),
  'readinessTest.conclude': z.object({ controlId: id, conclusion: z.enum(READINESS_CONCLUSIONS), note: text(5000).default('') }).strict(),
  'sample.draw': z
    .object({
      controlId: id,
      source: z.enum(['population', 'occurrences']),
      populationId: id.optional(),
      size: z.number().int().min(1).max(100_000).optional(),
      seed: z.string().trim().max(64).optional(),
    })
    .strict()
    .refine((args) => args.source === 'occurrences' || args.populationId !== undefined, { message: 'choose the population to draw from', path: ['populationId'] }),
  'sample.remove': z.object({ sampleId: id }).strict(),
  'sample.setResult': z.object({ sampleId: id, position: id, result: z.enum(SAMPLE_RESULTS).optional(), note: text(5000).optional() }).strict(),
  'readinessException.add': z
    .object({
      controlId: id,
      sampleId: id.optional(),
      position: id.optional(),
      description: required(5000, 'say what went wrong, for example “Access granted two days before the approval”'),
      rootCause: text(5000).default(''),
      managementResponse: text(5000).default(''),
      responseOwner: text(200).default(''),
    })
    .strict()
    .refine((args) => (args.sampleId === undefined) === (args.position === undefined), 'name both the sample and the item, or neither'),
  'readinessException.update': z
    .object({
      id,
      patch: z
        .object({ description: required(5000, 'an exception needs a description'), rootCause: text(5000), managementResponse: text(5000), responseOwner: text(200) })
        .partial()
        .strict()
        .refine((patch) => Object.keys(patch).length > 0, 'choose something to change'),
    })
    .strict(),
  'readinessException.remove': z.object({ id }).strict(),
  'sampleSize.get': none,
  'sampleSize.set': z
    .object({ basis: z.enum(['frequency', 'population']), key: z.string().regex(/^[a-z0-9-]{1,40}$/), value: z.number().positive().max(10_000).nullable() })
    .strict(),
  'periodCoverage.get': none,
  'periodCoverage.markNotOccurred': z
    .object({
      controlId: id,
      windowStart: isoDate,
      windowEnd: isoDate,
      reason: required(2000, 'say why it did not occur, for example “No employees left the company in this quarter”'),
      evidenceId: id.nullable().default(null),
    })
    .strict()
    .refine((args) => args.windowStart <= args.windowEnd, 'the window must end on or after the day it starts'),
  'periodCoverage.clearNotOccurred': z.object({ id }).strict(),
} as const;

export interface TestingResults {
  'population.list': PopulationView[];
  'population.import': { jobId: string };
  'population.rows': PopulationRowsPage;
  'population.update': PopulationView;
  'population.remove': null;
  'readinessTest.list': ReadinessTestingView;
  'readinessTest.get': ReadinessTestView;
  'readinessTest.save': ReadinessTestView;
  'readinessTest.conclude': ReadinessTestView;
  'sample.draw': ReadinessTestView;
  'sample.remove': ReadinessTestView;
  'sample.setResult': ReadinessTestView;
  'readinessException.add': ReadinessTestView;
  'readinessException.update': ReadinessTestView;
  'readinessException.remove': ReadinessTestView;
  'sampleSize.get': SampleSizeTable;
  'sampleSize.set': SampleSizeTable;
  'periodCoverage.get': PeriodCoverageView;
  'periodCoverage.markNotOccurred': PeriodCoverageView;
  'periodCoverage.clearNotOccurred': PeriodCoverageView;
}
