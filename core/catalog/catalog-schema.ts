import { z } from 'zod';

/**
 * The shape of the content catalog in assets/catalog/. Everything is validated when loaded: a
 * malformed catalog fails the tests and the build, never a user's session.
 */

export const CATEGORY = z.enum(['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy']);
export const FREQUENCY = z.enum(['continuous', 'multiple-times-daily', 'daily', 'weekly', 'monthly', 'quarterly', 'semi-annual', 'annual', 'per-event']);
export const TEST_METHOD = z.enum(['inquiry', 'observation', 'inspection', 'reperformance']);

const criterionId = z.string().regex(/^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d\.\d)$/);
const text = z.string().trim().min(1);

export const seriesSchema = z.object({ id: z.string().regex(/^(CC\d|A1|C1|PI1|P\d)$/), name: text, category: CATEGORY }).strict();

export const criterionSchema = z
  .object({
    id: criterionId,
    series: z.string(),
    category: CATEGORY,
    cosoPrinciple: z.number().int().min(1).max(17).nullable(),
    summary: text.max(200),
    guidance: text,
    pointsOfFocus: z.array(text).default([]),
  })
  .strict();

export const testProcedureSchema = z
  .object({
    methods: z.array(TEST_METHOD).min(1),
    steps: z.array(text).min(1),
  })
  .strict()
  .refine((p) => p.methods.some((m) => m !== 'inquiry'), 'inquiry alone is never sufficient: add inspection, observation or reperformance');

export const controlSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{2,3}-\d{2}$/),
    area: text,
    title: text.max(90),
    objective: text,
    frequency: FREQUENCY,
    nature: z.enum(['preventive', 'detective', 'corrective']),
    automation: z.enum(['manual', 'it-dependent-manual', 'automated']),
    key: z.boolean(),
    suggestedEvidence: z.array(text).min(1),
    testProcedure: testProcedureSchema,
    criteria: z.array(criterionId).min(1),
    policies: z.array(z.string().regex(/^POL-[A-Z]+$/)),
    recommended: z.boolean(),
  })
  .strict();

export const policyIndexEntrySchema = z
  .object({
    id: z.string().regex(/^POL-[A-Z]+$/),
    title: text,
    file: z.string().regex(/^POL-[A-Z]+\.md$/),
    summary: text,
    criteria: z.array(criterionId).min(1),
    categories: z.array(CATEGORY).min(1),
    reviewMonths: z.number().int().min(1).max(36),
  })
  .strict();

export const guidanceSchema = z
  .object({
    sampleSizes: z.object({
      byFrequency: z.array(z.object({ frequency: z.string(), min: z.number().int().min(1), max: z.number().int().min(1), default: z.number().int().min(1), note: text }).strict()),
      byPopulation: z.array(
        z
          .object({
            minRows: z.number().int().min(0),
            maxRows: z.number().int().nullable(),
            rule: z.enum(['all', 'fixed', 'percent']),
            size: z.number().int().optional(),
            percent: z.number().optional(),
            rounding: z.enum(['up']).optional(),
          })
          .strict(),
      ),
      note: text,
    }),
    freshness: z.array(z.object({ appliesTo: z.string(), rule: text, maxAgeDays: z.number().int().nullable() }).strict()),
    descriptionCriteria: z.array(z.object({ id: z.string().regex(/^DC\d$/), title: text, typeIIOnly: z.boolean(), prompt: text, example: text }).strict()).length(9),
    categories: z.array(z.object({ id: CATEGORY, name: text, alwaysInScope: z.boolean(), whenToInclude: text, signals: z.array(text) }).strict()).length(5),
    cuecExamples: z.array(z.object({ id: z.string(), control: text, relatedCriteria: z.array(criterionId) }).strict()),
    csocExamples: z.array(z.object({ id: z.string(), subservice: text, control: text, relatedCriteria: z.array(criterionId) }).strict()),
    reportTypes: z.array(z.object({ id: z.enum(['type1', 'type2']), name: text, explanation: text }).strict()).length(2),
    attestationNote: text,
  })
  .strict();

/** A policy template as stored in a catalog snapshot or library: its index entry plus the Markdown. */
export const policyTemplateSchema = policyIndexEntrySchema.extend({ markdown: z.string().min(1).max(200_000) }).strict();

/**
 * A whole catalog as one document: what a workspace snapshot holds. Snapshots come from files that
 * may have been received from someone else, so they are validated with this before use.
 */
export const catalogSchema = z
  .object({
    version: z.string().min(1).max(200),
    series: z.array(seriesSchema),
    criteria: z.array(criterionSchema),
    controls: z.array(controlSchema),
    policies: z.array(policyTemplateSchema),
    guidance: guidanceSchema,
  })
  .strict();

export type Series = z.infer<typeof seriesSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type CatalogControl = z.infer<typeof controlSchema>;
export type PolicyIndexEntry = z.infer<typeof policyIndexEntrySchema>;
export type Guidance = z.infer<typeof guidanceSchema>;
export type CategoryKey = z.infer<typeof CATEGORY>;
export type Frequency = z.infer<typeof FREQUENCY>;

export interface PolicyTemplate extends PolicyIndexEntry {
  /** The Markdown body with {{placeholders}} still in it. */
  markdown: string;
}

export interface Catalog {
  version: string;
  series: Series[];
  criteria: Criterion[];
  controls: CatalogControl[];
  policies: PolicyTemplate[];
  guidance: Guidance;
}
