import { z } from 'zod';
import { controlSchema, guidanceSchema, policyTemplateSchema } from '../catalog/catalog-schema';

/**
 * A consultant library (`*.soc2lib`) is one UTF-8 JSON document:
 *
 *   { "format": "soc2-workbench-library", "formatVersion": 1,
 *     "name", "version", "firmName", "description", "savedAt", "savedByApp", "basedOn",
 *     "contentSha256": SHA-256 of JSON.stringify(content),
 *     "content": { "controls": [...], "policies": [...], "guidance": {...} } }
 *
 * JSON rather than SQLite because a library is small (well under a megabyte), is read whole, and is
 * easy to inspect, diff and keep in version control. It carries the consultant's controls (with their
 * test procedures), policy templates and guidance tables (sample sizes, freshness rules) — never the
 * Trust Services Criteria, which are fixed facts and always come from the app's own catalog. The
 * content hash makes a damaged or hand-altered file fail loudly instead of being half-trusted.
 */
export const LIBRARY_FORMAT = 'soc2-workbench-library';
export const LIBRARY_FORMAT_VERSION = 1;
export const LIBRARY_EXTENSION = '.soc2lib';
/** Far above any real library; stops a hostile file from being read into memory whole. */
export const LIBRARY_MAX_BYTES = 20 * 1024 * 1024;

const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => [...value].every((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f'), 'must not contain control characters');

export const libraryContentSchema = z
  .object({
    controls: z.array(controlSchema).min(1).max(2000),
    policies: z.array(policyTemplateSchema).max(500),
    guidance: guidanceSchema,
  })
  .strict();

export const libraryFileSchema = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    formatVersion: z.literal(LIBRARY_FORMAT_VERSION),
    name: label(120),
    version: label(60),
    firmName: label(200),
    description: z.string().max(2000),
    savedAt: z.string().datetime(),
    savedByApp: z.string().max(40),
    basedOn: z.string().max(200),
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
    content: libraryContentSchema,
  })
  .strict();

export type LibraryContent = z.infer<typeof libraryContentSchema>;
export type LibraryFile = z.infer<typeof libraryFileSchema>;

/** What a person chooses when saving a library. */
export const libraryLabelsSchema = z
  .object({
    name: label(120),
    version: label(60).optional(),
    firmName: label(200),
    description: z.string().max(2000).optional(),
  })
  .strict();

export type LibraryLabels = z.infer<typeof libraryLabelsSchema>;

/** The catalog version label a workspace started from this library records, e.g. "Meridian baseline 2026-12". */
export function libraryCatalogVersion(library: Pick<LibraryFile, 'name' | 'version'>): string {
  return `${library.name} ${library.version}`;
}
