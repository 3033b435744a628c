import { z } from 'zod';
import type { ImportedReviewView, ReportExportResult, ReviewEvidenceView, ReviewFileListing, ReviewImportResult, ReviewStateView, VerificationReport } from '../review-types';
import { absolutePath, isoDate, none, workspacePath } from './common';

export const reviewFilePath = absolutePath.refine((p) => p.toLowerCase().endsWith('.soc2review'), 'review files end in .soc2review');
const pdfPath = absolutePath.refine((p) => p.toLowerCase().endsWith('.pdf'), 'the report is saved as a .pdf file');

/**
 * The auditor's side (open a received workspace on a private copy, verify it, browse it read-only,
 * write a review file) and the client's side (import a review file).
 */
export const reviewSchemas = {
  'review.open': z.object({ path: workspacePath }).strict(),
  'review.current': none,
  'review.report': none,
  'review.exportReport': z.object({ outPath: pdfPath.optional() }).strict(),
  'review.evidence': none,
  'review.setReviewer': z.object({ name: z.string().trim().min(1, 'Give the reviewer’s name').max(200), firm: z.string().trim().max(200) }).strict(),
  'review.addRequest': z
    .object({
      reference: z.string().trim().max(100).default(''),
      request: z.string().trim().min(1, 'Write what you are asking the client for').max(5000),
      dueDate: isoDate.nullable().default(null),
    })
    .strict(),
  'review.addNote': z
    .object({
      target: z.object({ kind: z.enum(['criterion', 'control', 'evidence', 'general']), ref: z.string().trim().max(100) }).strict(),
      text: z.string().trim().min(1, 'Write the note').max(10_000),
    })
    .strict()
    .refine((note) => note.target.kind === 'general' || note.target.ref !== '', { message: 'Say which item the note is about (for example CC6.1, AC-01 or EV-0007)', path: ['target', 'ref'] }),
  'review.drawSample': z
    .object({
      populationRef: z.string().trim().min(1).max(100),
      size: z.number().int().min(1).max(100_000),
      seed: z.string().trim().min(1).max(200).optional(),
    })
    .strict(),
  'review.removeItem': z.object({ id: z.uuid() }).strict(),
  'review.save': z.object({ path: reviewFilePath }).strict(),
  'review.close': none,
  'review.listFiles': none,
  'review.import': z.object({ path: reviewFilePath }).strict(),
  'review.imported': none,
} as const;

export interface ReviewResults {
  'review.open': { jobId: string };
  'review.current': ReviewStateView | null;
  'review.report': VerificationReport;
  'review.exportReport': ReportExportResult;
  'review.evidence': ReviewEvidenceView[] | null;
  'review.setReviewer': ReviewStateView;
  'review.addRequest': ReviewStateView;
  'review.addNote': ReviewStateView;
  'review.drawSample': ReviewStateView;
  'review.removeItem': ReviewStateView;
  'review.save': ReviewStateView;
  'review.close': null;
  'review.listFiles': ReviewFileListing;
  'review.import': ReviewImportResult;
  'review.imported': ImportedReviewView | null;
}
