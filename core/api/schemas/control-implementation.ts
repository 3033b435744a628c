import { z } from 'zod';
import { CONTROL_AUTOMATIONS, CONTROL_FREQUENCIES, CONTROL_NATURES, TEST_METHODS, type AttentionView, type ControlScheduleView, type ControlsStepView, type CoverageView } from '../control-types';
import { IMPLEMENTATION_STATUSES } from '../gap-types';
import { none, shortText } from './common';

const id = z.number().int().min(1);
const criterionId = z.string().regex(/^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d\.\d)$/, 'not a criterion ID');
const title = z.string().trim().min(1, 'give the control a title').max(200);
const line = z.string().trim().min(1).max(2000);

/** A readiness-test procedure never rests on inquiry alone (an auditor's rule, checked here too). */
const testProcedure = z
  .object({ methods: z.array(z.enum(TEST_METHODS)).min(1, 'choose at least one test method').max(4), steps: z.array(line).min(1, 'write at least one step').max(50) })
  .strict()
  .refine((procedure) => procedure.methods.some((method) => method !== 'inquiry'), 'Inquiry alone is never sufficient: add inspection, observation or re-performance');

const editable = z
  .object({
    title,
    objective: z.string().max(5000),
    area: z.string().trim().max(100),
    owner: shortText,
    frequency: z.enum(CONTROL_FREQUENCIES),
    nature: z.enum(CONTROL_NATURES),
    automation: z.enum(CONTROL_AUTOMATIONS),
    implementationStatus: z.enum(IMPLEMENTATION_STATUSES),
    notes: z.string().max(20_000),
    key: z.boolean(),
    testProcedure,
    suggestedEvidence: z.array(line).max(50),
  })
  .strict();

export const controlImplementationSchemas = {
  'controls.overview': none,
  'controls.adoptRecommended': none,
  'controls.create': editable
    .pick({ title: true, objective: true, area: true, owner: true, frequency: true, nature: true, automation: true })
    .extend({ criteria: z.array(criterionId).max(61).default([]) })
    .partial({ objective: true, area: true, owner: true })
    .strict(),
  'controls.update': z.object({ id, patch: editable.partial() }).strict(),
  'controls.bulkUpdate': z
    .object({ ids: z.array(id).min(1).max(1000), patch: editable.pick({ owner: true, implementationStatus: true, frequency: true, key: true }).partial().refine((patch) => Object.keys(patch).length > 0, 'choose something to change') })
    .strict(),
  'controls.retire': z.object({ ids: z.array(id).min(1).max(1000), reason: z.string().trim().min(3, 'say why the control does not apply').max(2000) }).strict(),
  'controls.restore': z.object({ id }).strict(),
  'controls.setCriteria': z.object({ id, criteria: z.array(criterionId).max(61) }).strict(),
  'controls.setPolicies': z.object({ id, policyIds: z.array(id).max(200) }).strict(),
  'controls.setSystems': z.object({ id, systemIds: z.array(id).max(1000) }).strict(),
  'controls.schedule': z.object({ id }).strict(),
  'coverage.get': none,
  'controls.attention': none,
} as const;

export interface ControlImplementationResults {
  'controls.overview': ControlsStepView;
  'controls.adoptRecommended': { adopted: string[]; overview: ControlsStepView };
  'controls.create': ControlsStepView;
  'controls.update': ControlsStepView;
  'controls.bulkUpdate': ControlsStepView;
  'controls.retire': ControlsStepView;
  'controls.restore': ControlsStepView;
  'controls.setCriteria': ControlsStepView;
  'controls.setPolicies': ControlsStepView;
  'controls.setSystems': ControlsStepView;
  'controls.schedule': ControlScheduleView;
  'coverage.get': CoverageView;
  'controls.attention': AttentionView;
}
