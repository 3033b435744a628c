import type Database from 'better-sqlite3';

export type ReportOpinion = 'not-recorded' | 'unmodified' | 'qualified' | 'adverse' | 'disclaimer';

/**
 * Receipt of the CPA firm's final report. The opinion is recorded as the auditor stated it in their
 * report; the app never forms one.
 */
export interface FinalReportRecord {
  receivedOn: string;
  reportDate: string | null;
  issuedBy: string;
  opinion: ReportOpinion;
  sealVersion: number | null;
  notes: string;
  recordedBy: string;
  recordedAt: string;
}

export function getFinalReport(db: Database.Database): FinalReportRecord | null {
  const row = db
    .prepare(
      `SELECT received_on AS receivedOn, report_date AS reportDate, issued_by AS issuedBy, opinion, seal_version AS sealVersion, notes,
         recorded_by AS recordedBy, recorded_at AS recordedAt FROM final_report WHERE id = 1`,
    )
    .get() as FinalReportRecord | undefined;
  return row ?? null;
}

export function putFinalReport(db: Database.Database, record: FinalReportRecord): void {
  db.prepare(
    `INSERT INTO final_report (id, received_on, report_date, issued_by, opinion, seal_version, notes, recorded_by, recorded_at)
     VALUES (1, @receivedOn, @reportDate, @issuedBy, @opinion, @sealVersion, @notes, @recordedBy, @recordedAt)
     ON CONFLICT (id) DO UPDATE SET received_on = excluded.received_on, report_date = excluded.report_date, issued_by = excluded.issued_by,
       opinion = excluded.opinion, seal_version = excluded.seal_version, notes = excluded.notes, recorded_by = excluded.recorded_by,
       recorded_at = excluded.recorded_at`,
  ).run(record);
}

export function clearFinalReport(db: Database.Database): boolean {
  return db.prepare('DELETE FROM final_report WHERE id = 1').run().changes > 0;
}
