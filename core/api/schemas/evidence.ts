import { z } from 'zod';
import type { EvidenceDetailView, EvidenceImportResult, EvidenceItemView, EvidenceOverview, EvidencePage, EvidenceReadResult } from '../evidence-types';
import { absolutePath, isoDate, none } from './common';

export const EVIDENCE_METHOD_IDS = ['export', 'screenshot', 'document', 'attestation'] as const;

/** Largest range `evidence.read` returns in one call (the viewer asks again for more). */
export const EVIDENCE_READ_MAX = 4 * 1024 * 1024;

const ref = z.string().trim().regex(/^EV-\d{4,9}$/i, 'an evidence ID looks like EV-0001');
const controlRef = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a control ID looks like ACC-04 (or C-12 for a control written for this engagement)');
const criterionId = z.string().regex(/^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d\.\d)$/, 'not a criterion ID (for example CC6.1)');
// Names as they appear on disk: no path separators or control characters, within file-system limits.
const fileName = z
  .string()
  .trim()
  .min(1, 'give the file a name')
  .max(255, 'file names are at most 255 characters')
  .refine((name) => !/[\\/]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20), 'a file name cannot contain / or \\ or control characters')
  .refine((name) => name !== '.' && name !== '..', 'not a usable file name');

const metadataFields = z
  .object({
    description: z.string().max(5000),
    coversFrom: isoDate.nullable(),
    coversTo: isoDate.nullable(),
    capturedOn: isoDate.nullable(),
    sourceSystem: z.string().trim().max(200),
    collector: z.string().trim().max(200),
    method: z.enum(EVIDENCE_METHOD_IDS).nullable(),
    redacted: z.boolean(),
    controls: z.array(controlRef).max(200),
    criteria: z.array(criterionId).max(61),
  })
  .strict();

const coversInOrder = (m: { coversFrom?: string | null | undefined; coversTo?: string | null | undefined }) =>
  m.coversFrom === undefined || m.coversFrom === null || (m.coversTo !== undefined && m.coversTo !== null && m.coversFrom <= m.coversTo);
const COVERS_MESSAGE = { message: 'a period needs its end date, on or after its start date', path: ['coversFrom'] };

export const evidenceMetadata = metadataFields.partial().refine(coversInOrder, COVERS_MESSAGE);

export const evidenceSchemas = {
  'evidence.overview': none,
  'evidence.import': z
    .object({
      paths: z.array(absolutePath).max(10_000).default([]),
      uploads: z.array(z.object({ uploadId: z.string().uuid(), fileName }).strict()).max(10_000).default([]),
      metadata: evidenceMetadata.default({}),
    })
    .strict()
    .refine((args) => args.paths.length + args.uploads.length > 0, 'choose at least one file'),
  'evidence.list': z
    .object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      search: z.string().max(200).optional(),
      controlRef: controlRef.optional(),
      criterionId: criterionId.optional(),
      method: z.enum(EVIDENCE_METHOD_IDS).optional(),
    })
    .strict(),
  'evidence.get': z.object({ ref }).strict(),
  'evidence.update': z
    .object({ ref, patch: metadataFields.extend({ fileName }).partial().strict().refine((patch) => Object.keys(patch).length > 0, 'choose something to change') })
    .strict(),
  'evidence.remove': z.object({ ref }).strict(),
  'evidence.export': z.object({ ref, path: absolutePath }).strict(),
  'evidence.read': z.object({ ref, offset: z.number().int().min(0), length: z.number().int().min(1).max(EVIDENCE_READ_MAX) }).strict(),
} as const;

export interface EvidenceResults {
  'evidence.overview': EvidenceOverview;
  'evidence.import': { jobId: string };
  'evidence.list': EvidencePage;
  'evidence.get': EvidenceDetailView;
  'evidence.update': EvidenceDetailView;
  'evidence.remove': { ref: string; bytesRemoved: boolean };
  'evidence.export': { jobId: string };
  'evidence.read': EvidenceReadResult;
}

export type { EvidenceImportResult, EvidenceItemView };
