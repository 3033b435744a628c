import { z } from 'zod';
import type { ActivityEntryView, EngagementView, HostInfo, WorkspaceListing, WorkspaceSummary } from '../types';
import { CATEGORY_IDS, categoryId, isoDate, none, shortText, workspacePath } from './common';

export const engagementPatchSchema = z
  .object({
    organisationName: z.string().trim().min(1).max(200),
    systemName: shortText,
    reportType: z.enum(['type1', 'type2']),
    asOfDate: isoDate.nullable(),
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable(),
    cpaFirm: shortText,
    preparedBy: shortText,
    categories: z
      .array(categoryId)
      .max(CATEGORY_IDS.length)
      .refine((c) => c.includes('security'), 'Security is always in scope')
      .refine((c) => new Set(c).size === c.length, 'categories must not repeat'),
  })
  .partial()
  .strict();

export const workspaceSchemas = {
  'host.info': none,
  'workspace.list': none,
  'workspace.create': z.object({ path: workspacePath, organisationName: z.string().trim().min(1).max(200) }).strict(),
  'workspace.open': z.object({ path: workspacePath, readOnly: z.boolean().optional() }).strict(),
  'workspace.openDemo': none,
  'workspace.current': none,
  'workspace.close': none,
  'engagement.get': none,
  'engagement.update': engagementPatchSchema,
  'activity.list': z.object({ limit: z.number().int().min(1).max(500).default(50), beforeSeq: z.number().int().min(1).optional() }).strict(),
  'activity.verify': none,
} as const;

export interface WorkspaceResults {
  'host.info': HostInfo;
  'workspace.list': WorkspaceListing;
  'workspace.create': WorkspaceSummary;
  'workspace.open': WorkspaceSummary;
  'workspace.openDemo': WorkspaceSummary;
  'workspace.current': WorkspaceSummary | null;
  'workspace.close': null;
  'engagement.get': EngagementView;
  'engagement.update': EngagementView;
  'activity.list': ActivityEntryView[];
  'activity.verify': { ok: boolean; entries: number; headHash: string; problems: { seq: number; problem: string }[]; head: { seq: number; hash: string } };
}
