import { z } from 'zod';
import type { ComplementaryControlView, CsvExport, CsvImportResult, CsvPreviewView, DescriptionSectionView, ProfileView, ScopeGuidanceView, ScopeSummaryView, SystemComponentView, VendorView } from '../scope-types';
import { CRITICALITIES, DATA_CLASSIFICATIONS, ENVIRONMENTS, SOC_OPINIONS, SOC_REPORTS, SUBSERVICE_METHODS, SYSTEM_TYPES } from '../scope-types';
import { isoDate, longText, none, shortText } from './common';

const id = z.number().int().min(1);
const name = z.string().trim().min(1, 'a name is required').max(200);
const criterionIds = z.array(z.string().regex(/^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d\.\d)$/, 'not a criterion ID')).max(61);
const email = z.union([z.literal(''), z.string().trim().max(200).pipe(z.email('not an e-mail address'))]);

export const profilePatchSchema = z
  .object({
    services: longText,
    locations: z.string().max(5000),
    headcount: z.number().int().min(0).max(10_000_000).nullable(),
    sponsorName: shortText,
    sponsorEmail: email,
    securityOwnerName: shortText,
    securityOwnerEmail: email,
    privacyContactName: shortText,
    privacyContactEmail: email,
    policyOwnerName: shortText,
    policyOwnerEmail: email,
    targetFieldworkStart: isoDate.nullable(),
    targetFieldworkEnd: isoDate.nullable(),
    targetReportDate: isoDate.nullable(),
  })
  .partial()
  .strict();

const systemBase = z
  .object({
    name,
    type: z.enum(SYSTEM_TYPES),
    owner: shortText,
    environment: z.enum(ENVIRONMENTS),
    dataClassification: z.enum(DATA_CLASSIFICATIONS),
    notes: z.string().max(2000),
  })
  .strict();

const vendorBase = z
  .object({
    name,
    service: z.string().max(1000),
    criticality: z.enum(CRITICALITIES),
    isSubservice: z.boolean(),
    subserviceMethod: z.enum(SUBSERVICE_METHODS).nullable(),
    socReport: z.enum(SOC_REPORTS),
    socPeriodStart: isoDate.nullable(),
    socPeriodEnd: isoDate.nullable(),
    socOpinion: z.enum(SOC_OPINIONS),
    bridgeLetterFrom: isoDate.nullable(),
    bridgeLetterTo: isoDate.nullable(),
    notes: z.string().max(2000),
  })
  .strict();

/** Adding needs only what identifies the entry; the rest starts blank (the handler fills defaults). */
export const systemAddSchema = systemBase.partial({ owner: true, notes: true });
export const vendorAddSchema = vendorBase.partial({ service: true, isSubservice: true, subserviceMethod: true, socReport: true, socPeriodStart: true, socPeriodEnd: true, socOpinion: true, bridgeLetterFrom: true, bridgeLetterTo: true, notes: true });

const complementary = z.object({ control: z.string().trim().min(1, 'describe the control').max(2000), relatedCriteria: criterionIds.default([]), catalogId: z.string().max(40).nullable().default(null) }).strict();

/** A CSV file's text and, for import, the chosen columns. 400 KB keeps the JSON request (quotes and line breaks are escaped) under browser mode's 1 MB limit. */
const csvText = z.string().min(1, 'the file is empty').max(400_000, 'the file is larger than 400 KB: split it into smaller files');
const csvMapping = z.record(z.string(), z.number().int().min(0).nullable());

export const scopeSchemas = {
  'scope.summary': none,
  'scope.guidance': none,
  'scope.confirm': none,
  'profile.get': none,
  'profile.update': profilePatchSchema,
  'description.list': none,
  'description.update': z.object({ id: z.string().regex(/^DC[1-9]$/), body: longText }).strict(),
  'cuec.list': none,
  'cuec.add': complementary,
  'cuec.update': z.object({ id, control: complementary.shape.control, relatedCriteria: criterionIds }).strict(),
  'cuec.remove': z.object({ id }).strict(),
  'csoc.add': complementary.extend({ vendorId: id }).strict(),
  'csoc.update': z.object({ id, control: complementary.shape.control, relatedCriteria: criterionIds }).strict(),
  'csoc.remove': z.object({ id }).strict(),
  'system.list': none,
  'system.add': systemAddSchema,
  'system.update': z.object({ id, patch: systemBase.partial() }).strict(),
  'system.remove': z.object({ id }).strict(),
  'system.previewCsv': z.object({ csv: csvText }).strict(),
  'system.importCsv': z.object({ csv: csvText, mapping: csvMapping }).strict(),
  'system.exportCsv': none,
  'vendor.list': none,
  'vendor.add': vendorAddSchema,
  'vendor.update': z.object({ id, patch: vendorBase.partial() }).strict(),
  'vendor.remove': z.object({ id }).strict(),
  'vendor.previewCsv': z.object({ csv: csvText }).strict(),
  'vendor.importCsv': z.object({ csv: csvText, mapping: csvMapping }).strict(),
  'vendor.exportCsv': none,
} as const;

export interface ScopeResults {
  'scope.summary': ScopeSummaryView;
  'scope.guidance': ScopeGuidanceView;
  'scope.confirm': ScopeSummaryView;
  'profile.get': ProfileView;
  'profile.update': ProfileView;
  'description.list': DescriptionSectionView[];
  'description.update': DescriptionSectionView;
  'cuec.list': ComplementaryControlView[];
  'cuec.add': ComplementaryControlView[];
  'cuec.update': ComplementaryControlView[];
  'cuec.remove': ComplementaryControlView[];
  'csoc.add': VendorView[];
  'csoc.update': VendorView[];
  'csoc.remove': VendorView[];
  'system.list': SystemComponentView[];
  'system.add': SystemComponentView[];
  'system.update': SystemComponentView[];
  'system.remove': SystemComponentView[];
  'system.previewCsv': CsvPreviewView;
  'system.importCsv': CsvImportResult;
  'system.exportCsv': CsvExport;
  'vendor.list': VendorView[];
  'vendor.add': VendorView[];
  'vendor.update': VendorView[];
  'vendor.remove': VendorView[];
  'vendor.previewCsv': CsvPreviewView;
  'vendor.importCsv': CsvImportResult;
  'vendor.exportCsv': CsvExport;
}
