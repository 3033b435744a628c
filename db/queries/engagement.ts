import type Database from 'better-sqlite3';

export type ReportType = 'type1' | 'type2';
export type CategoryId = 'security' | 'availability' | 'confidentiality' | 'processing_integrity' | 'privacy';

export interface EngagementRecord {
  organisationName: string;
  systemName: string;
  reportType: ReportType;
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  cpaFirm: string;
  preparedBy: string;
  categories: CategoryId[];
  updatedAt: string;
}

interface EngagementRow {
  organisation_name: string;
  system_name: string;
  report_type: ReportType;
  as_of_date: string | null;
  period_start: string | null;
  period_end: string | null;
  cpa_firm: string;
  prepared_by: string;
  categories: string;
  updated_at: string;
}

export function getEngagement(db: Database.Database): EngagementRecord {
  const row = db.prepare('SELECT * FROM engagement WHERE id = 1').get() as EngagementRow;
  return {
    organisationName: row.organisation_name,
    systemName: row.system_name,
    reportType: row.report_type,
    asOfDate: row.as_of_date,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    cpaFirm: row.cpa_firm,
    preparedBy: row.prepared_by,
    categories: JSON.parse(row.categories) as CategoryId[],
    updatedAt: row.updated_at,
  };
}

export type EngagementPatch = Partial<Omit<EngagementRecord, 'updatedAt'>>;

/** Column names come from this allow-list only; values are always bound parameters. */
const COLUMNS: Record<keyof EngagementPatch, string> = {
  organisationName: 'organisation_name',
  systemName: 'system_name',
  reportType: 'report_type',
  asOfDate: 'as_of_date',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  cpaFirm: 'cpa_firm',
  preparedBy: 'prepared_by',
  categories: 'categories',
};

export function updateEngagement(db: Database.Database, patch: EngagementPatch, now: string): void {
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(patch) as (keyof EngagementPatch)[]) {
    const column = COLUMNS[key];
    if (!column || patch[key] === undefined) continue;
    assignments.push(`${column} = ?`);
    values.push(key === 'categories' ? JSON.stringify(patch.categories) : patch[key]);
  }
  if (assignments.length === 0) return;
  db.prepare(`UPDATE engagement SET ${assignments.join(', ')}, updated_at = ? WHERE id = 1`).run(...values, now);
}

export function getMeta(db: Database.Database): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
