import { z } from 'zod';

/** Building blocks shared by the per-domain schemas. */

export const none = z.object({}).strict();

export const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\u0000'), 'path contains a NUL character')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'path must be absolute');

export const workspacePath = absolutePath.refine((p) => p.toLowerCase().endsWith('.soc2'), 'workspace files end in .soc2');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date');

export const shortText = z.string().max(500);
export const longText = z.string().max(100_000);

export const CATEGORY_IDS = ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] as const;
export const categoryId = z.enum(CATEGORY_IDS);
