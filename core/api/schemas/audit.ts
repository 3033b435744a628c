import { z } from 'zod';
import type {
  AuditExceptionView,
  ChecklistView,
  DraftView,
  FinalReportView,
  PbcImportPreview,
  PbcImportResult,
  PbcView,
  SealView,
} from '../audit-types';
import { absolutePath, isoDate, longText, none, shortText } from './common';

/** Step 5 (Audit & Attestation): checklist and waivers, drafts, seals and packages, fieldwork records. */

const paper = z.enum(['a4', 'letter']);
const id = z.number().int().min(1);
const draftKind = z.enum(['assertion', 'description']);
const pbcStatus = z.enum(['open', 'in-progress', 'provided', 'accepted', 'not-applicable']);
const severity = z.enum(['low', 'medium', 'high']);
const evidenceRefs = z.array(z.string().trim().min(1).max(100)).max(200);
const csvText = z.string().min(1).max(5 * 1024 * 1024);
const column = z.number().int().min(0).max(500).nullable();

const pbcFields = z
  .object({
    reference: z.string().trim().max(100),
    request: z.string().trim().min(1, 'Write what the auditor asked for').max(5000),
    status: pbcStatus,
    owner: z.string().trim().max(200),
    dueDate: isoDate.nullable(),
    linkedEvidence: evidenceRefs,
    notes: z.string().max(5000),
  })
  .strict();

export const auditSchemas = {
  'checklist.get': none,
  'checklist.waive': z.object({ itemId: z.string().min(1).max(100), reason: z.string().trim().min(10, 'Give a reason of at least 10 characters: the package shows it to the auditor').max(2000) }).strict(),
  'checklist.unwaive': z.object({ itemId: z.string().min(1).max(100) }).strict(),

  'auditDraft.get': z.object({ kind: draftKind }).strict(),
  'auditDraft.save': z.object({ kind: draftKind, text: z.string().trim().min(1, 'A draft cannot be empty').max(200_000) }).strict(),
  'auditDraft.reset': z.object({ kind: draftKind }).strict(),

  'seal.create': z.object({ paper: paper.default('a4'), outDir: absolutePath.optional() }).strict(),
  'seal.list': none,
  'package.build': z.object({ paper: paper.default('a4'), outDir: absolutePath.optional(), sealVersion: id.optional() }).strict(),
  'package.folder': none,

  'pbc.list': none,
  'pbc.add': pbcFields.partial().required({ request: true }).strict(),
  'pbc.update': pbcFields.partial().extend({ id }).strict(),
  'pbc.remove': z.object({ id }).strict(),
  'pbc.previewCsv': z.object({ csv: csvText }).strict(),
  'pbc.importCsv': z
    .object({
      csv: csvText,
      mapping: z.object({ reference: column, request: column, status: column, owner: column, dueDate: column, notes: column }).strict(),
    })
    .strict(),

  'auditException.list': none,
  'auditException.add': z
    .object({
      reference: z.string().trim().max(100).default(''),
      raisedOn: isoDate.nullable().default(null),
      controlRef: z.string().trim().max(100).default(''),
      description: z.string().trim().min(1, 'Describe the exception the auditor raised').max(5000),
      severity: severity.default('medium'),
    })
    .strict(),
  'auditException.respond': z.object({ id, response: z.string().trim().min(1, 'Write management’s response').max(10_000) }).strict(),
  'auditException.setStatus': z.object({ id, status: z.enum(['open', 'responded', 'closed']) }).strict(),

  'finalReport.get': none,
  'finalReport.record': z
    .object({
      receivedOn: isoDate,
      reportDate: isoDate.nullable().default(null),
      issuedBy: shortText.default(''),
      opinion: z.enum(['not-recorded', 'unmodified', 'qualified', 'adverse', 'disclaimer']).default('not-recorded'),
      sealVersion: id.nullable().default(null),
      notes: longText.default(''),
    })
    .strict(),
  'finalReport.clear': none,
} as const;

export interface AuditResults {
  'checklist.get': ChecklistView;
  'checklist.waive': ChecklistView;
  'checklist.unwaive': ChecklistView;
  'auditDraft.get': DraftView;
  'auditDraft.save': DraftView;
  'auditDraft.reset': DraftView;
  'seal.create': { jobId: string };
  'seal.list': SealView[];
  'package.build': { jobId: string };
  'package.folder': { folder: string };
  'pbc.list': PbcView[];
  'pbc.add': PbcView;
  'pbc.update': PbcView;
  'pbc.remove': null;
  'pbc.previewCsv': PbcImportPreview;
  'pbc.importCsv': PbcImportResult;
  'auditException.list': AuditExceptionView[];
  'auditException.add': AuditExceptionView;
  'auditException.respond': AuditExceptionView;
  'auditException.setStatus': AuditExceptionView;
  'finalReport.get': FinalReportView | null;
  'finalReport.record': FinalReportView;
  'finalReport.clear': null;
}
