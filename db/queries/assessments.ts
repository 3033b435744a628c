import type Database from 'better-sqlite3';

export type AssessmentStatus = 'not-assessed' | 'gap' | 'partially-met' | 'met' | 'not-applicable';

/** The gap-analysis record of one criterion. Criteria never touched have no row (= not assessed). */
export interface AssessmentRecord {
  criterionId: string;
  status: AssessmentStatus;
  currentPractice: string;
  naReason: string;
  updatedAt: string;
}

const SELECT = 'SELECT criterion_id AS criterionId, status, current_practice AS currentPractice, na_reason AS naReason, updated_at AS updatedAt FROM criterion_assessment';

export function listAssessments(db: Database.Database): AssessmentRecord[] {
  return db.prepare(`${SELECT} ORDER BY criterion_id`).all() as AssessmentRecord[];
}

export function getAssessment(db: Database.Database, criterionId: string): AssessmentRecord | undefined {
  return db.prepare(`${SELECT} WHERE criterion_id = ?`).get(criterionId) as AssessmentRecord | undefined;
}

export type AssessmentPatch = Partial<Pick<AssessmentRecord, 'status' | 'currentPractice' | 'naReason'>>;

/** Creates the row on first edit; fields not in the patch keep their value (or the default). */
export function saveAssessment(db: Database.Database, criterionId: string, patch: AssessmentPatch, now: string): AssessmentRecord {
  const before = getAssessment(db, criterionId) ?? { criterionId, status: 'not-assessed' as const, currentPractice: '', naReason: '', updatedAt: now };
  const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)), updatedAt: now } as AssessmentRecord;
  db.prepare(
    `INSERT INTO criterion_assessment (criterion_id, status, current_practice, na_reason, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (criterion_id) DO UPDATE SET status = excluded.status, current_practice = excluded.current_practice, na_reason = excluded.na_reason, updated_at = excluded.updated_at`,
  ).run(criterionId, next.status, next.currentPractice, next.naReason, now);
  return next;
}
