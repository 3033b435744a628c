import { z } from 'zod';
import type { AssessmentListView, CriterionAssessmentView, DashboardView, EngagementControlView, ReadinessView, RemediationView } from '../gap-types';
import { ASSESSMENT_STATUSES, IMPLEMENTATION_STATUSES, REMEDIATION_STATUSES, SEVERITIES } from '../gap-types';
import type { CsvExport } from '../scope-types';
import { isoDate, longText, none, shortText } from './common';

const criterionId = z.string().regex(/^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d\.\d)$/, 'not a criterion ID');
const id = z.number().int().min(1);
const naReason = z.string().max(2000);

const remediationBase = z
  .object({
    criterionId: criterionId.nullable(),
    controlId: id.nullable(),
    title: z.string().trim().min(1, 'give the item a title').max(300),
    owner: shortText,
    severity: z.enum(SEVERITIES),
    dueDate: isoDate.nullable(),
    status: z.enum(REMEDIATION_STATUSES),
  })
  .strict();

export const gapSchemas = {
  'assessment.list': none,
  'assessment.update': z
    .object({ criterionId, status: z.enum(ASSESSMENT_STATUSES).optional(), currentPractice: longText.optional(), naReason: naReason.optional() })
    .strict(),
  'assessment.setStatus': z.object({ criterionIds: z.array(criterionId).min(1).max(61), status: z.enum(ASSESSMENT_STATUSES), naReason: naReason.optional() }).strict(),
  'remediation.list': none,
  'remediation.add': remediationBase.partial({ controlId: true, owner: true, dueDate: true, status: true }),
  'remediation.update': z.object({ id, patch: remediationBase.partial() }).strict(),
  'remediation.remove': z.object({ id }).strict(),
  'controls.list': none,
  'controls.adopt': z.object({ catalogIds: z.array(z.string().regex(/^[A-Z]{2,3}-\d{2}$/)).min(1).max(500) }).strict(),
  'controls.setStatus': z.object({ id, status: z.enum(IMPLEMENTATION_STATUSES) }).strict(),
  'controls.setMapping': z.object({ id, criterionId, mapped: z.boolean() }).strict(),
  'readiness.get': none,
  'dashboard.get': none,
  'gaps.exportCsv': none,
} as const;

export interface GapResults {
  'assessment.list': AssessmentListView;
  'assessment.update': CriterionAssessmentView;
  'assessment.setStatus': AssessmentListView;
  'remediation.list': RemediationView[];
  'remediation.add': RemediationView;
  'remediation.update': RemediationView;
  'remediation.remove': null;
  'controls.list': EngagementControlView[];
  'controls.adopt': EngagementControlView[];
  'controls.setStatus': EngagementControlView;
  'controls.setMapping': EngagementControlView;
  'readiness.get': ReadinessView;
  'dashboard.get': DashboardView;
  'gaps.exportCsv': CsvExport;
}
