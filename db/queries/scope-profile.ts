import type Database from 'better-sqlite3';

/** The organisation profile and scope confirmation of step 1 (one row, created by migration 3). */
export interface ScopeProfileRecord {
  services: string;
  locations: string;
  headcount: number | null;
  sponsorName: string;
  sponsorEmail: string;
  securityOwnerName: string;
  securityOwnerEmail: string;
  privacyContactName: string;
  privacyContactEmail: string;
  policyOwnerName: string;
  policyOwnerEmail: string;
  targetFieldworkStart: string | null;
  targetFieldworkEnd: string | null;
  targetReportDate: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  updatedAt: string;
}

export type ScopeProfilePatch = Partial<Omit<ScopeProfileRecord, 'confirmedAt' | 'confirmedBy' | 'updatedAt'>>;

/** Column names come from this allow-list only; values are always bound parameters. */
const COLUMNS: Record<keyof ScopeProfileRecord, string> = {
  services: 'services',
  locations: 'locations',
  headcount: 'headcount',
  sponsorName: 'sponsor_name',
  sponsorEmail: 'sponsor_email',
  securityOwnerName: 'security_owner_name',
  securityOwnerEmail: 'security_owner_email',
  privacyContactName: 'privacy_contact_name',
  privacyContactEmail: 'privacy_contact_email',
  policyOwnerName: 'policy_owner_name',
  policyOwnerEmail: 'policy_owner_email',
  targetFieldworkStart: 'target_fieldwork_start',
  targetFieldworkEnd: 'target_fieldwork_end',
  targetReportDate: 'target_report_date',
  confirmedAt: 'confirmed_at',
  confirmedBy: 'confirmed_by',
  updatedAt: 'updated_at',
};

/** Confirmation is set only by setScopeConfirmed, never through a profile edit. */
const EDITABLE = new Set<string>(Object.keys(COLUMNS).filter((key) => !['confirmedAt', 'confirmedBy', 'updatedAt'].includes(key)));

const SELECT = `SELECT ${Object.entries(COLUMNS)
  .map(([key, column]) => `${column} AS ${key}`)
  .join(', ')} FROM scope_profile WHERE id = 1`;

export function getScopeProfile(db: Database.Database): ScopeProfileRecord {
  return db.prepare(SELECT).get() as ScopeProfileRecord;
}

export function updateScopeProfile(db: Database.Database, patch: ScopeProfilePatch, now: string): void {
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(patch) as (keyof ScopeProfilePatch)[]) {
    const column = COLUMNS[key];
    if (!column || patch[key] === undefined || !EDITABLE.has(key)) continue;
    assignments.push(`${column} = ?`);
    values.push(patch[key]);
  }
  if (assignments.length === 0) return;
  db.prepare(`UPDATE scope_profile SET ${assignments.join(', ')}, updated_at = ? WHERE id = 1`).run(...values, now);
}

export function setScopeConfirmed(db: Database.Database, actor: string, now: string): void {
  db.prepare('UPDATE scope_profile SET confirmed_at = ?, confirmed_by = ? WHERE id = 1').run(now, actor);
}
