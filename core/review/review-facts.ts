import type Database from 'better-sqlite3';
import { activityHead } from '../../db/activity-log';
import { getEngagement, getMeta } from '../../db/queries/engagement';
import { listSeals } from '../../db/queries/seals';
import { hasTable } from '../verify/content-check';

/** What identifies the state of a workspace an auditor reviews: the review file is tied to these. */
export interface ReviewedState {
  workspaceId: string;
  organisationName: string;
  seal: { version: number; fingerprint: string; sealedAt: string } | null;
  activityHead: { seq: number; hash: string };
}

export function readReviewedState(db: Database.Database): ReviewedState {
  const latest = hasTable(db, 'seal') ? listSeals(db).pop() : undefined;
  return {
    workspaceId: getMeta(db)['workspace_id'] ?? '',
    organisationName: getEngagement(db).organisationName,
    seal: latest ? { version: latest.version, fingerprint: latest.fingerprint, sealedAt: latest.sealedAt } : null,
    activityHead: activityHead(db),
  };
}
