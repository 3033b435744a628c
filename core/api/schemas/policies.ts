import { z } from 'zod';
import { DATE_ORDERS, type AcknowledgementImportResult, type PoliciesView, type PolicyDetailView } from '../policy-types';
import type { CsvPreviewView } from '../scope-types';
import { isoDate, none, shortText } from './common';

const id = z.number().int().min(1);
const templateId = z.string().regex(/^POL-[A-Z]+$/, 'expected a template id such as POL-ACC');
const title = z.string().trim().min(1, 'give the policy a title').max(200);
const reviewMonths = z.number().int().min(1, 'review at least every 36 months').max(36, 'review at least every 36 months');
const csvText = z.string().min(1, 'the file is empty').max(5_000_000, 'the file is larger than 5 MB: split it into smaller files');

export const policySchemas = {
  'policy.list': none,
  'policy.get': z.object({ id }).strict(),
  'policy.createFromTemplates': z.object({ templateIds: z.array(templateId).min(1).max(100), effectiveDate: isoDate.optional() }).strict(),
  'policy.create': z.object({ title, owner: shortText.default(''), reviewMonths: reviewMonths.default(12) }).strict(),
  'policy.update': z.object({ id, patch: z.object({ title, owner: shortText, reviewMonths, nextReviewDate: isoDate.nullable() }).partial().strict() }).strict(),
  'policy.saveDraft': z.object({ id, markdown: z.string().max(200_000).refine((text) => text.trim() !== '', 'a policy needs some text') }).strict(),
  'policy.approve': z.object({ id, version: z.number().int().min(1), approver: z.string().trim().min(1, 'name who approved it').max(200), approvedOn: isoDate, nextReviewDate: isoDate.optional() }).strict(),
  'policy.remove': z.object({ id }).strict(),
  'policy.previewAcknowledgements': z.object({ csv: csvText }).strict(),
  'policy.importAcknowledgements': z
    .object({
      csv: csvText,
      mapping: z.record(z.string(), z.number().int().min(0).nullable()),
      policyId: id.nullable().default(null),
      dateOrder: z.enum(DATE_ORDERS).default('ymd'),
      fileName: z.string().max(300).default(''),
    })
    .strict(),
  'policy.exportPdf': z.object({ ids: z.array(id).min(1).max(500).optional(), paper: z.enum(['a4', 'letter']).default('a4') }).strict(),
} as const;

export interface PolicyResults {
  'policy.list': PoliciesView;
  'policy.get': PolicyDetailView;
  'policy.createFromTemplates': PoliciesView;
  'policy.create': PolicyDetailView;
  'policy.update': PolicyDetailView;
  'policy.saveDraft': PolicyDetailView;
  'policy.approve': PolicyDetailView;
  'policy.remove': null;
  'policy.previewAcknowledgements': CsvPreviewView;
  'policy.importAcknowledgements': AcknowledgementImportResult;
  'policy.exportPdf': { jobId: string };
}
