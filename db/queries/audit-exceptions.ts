import type Database from 'better-sqlite3';

export type AuditExceptionSeverity = 'low' | 'medium' | 'high';
export type AuditExceptionStatus = 'open' | 'responded' | 'closed';

/** An exception the auditor raised during fieldwork, and management's response to it. */
export interface AuditExceptionRecord {
  id: number;
  reference: string;
  raisedOn: string | null;
  controlRef: string;
  description: string;
  severity: AuditExceptionSeverity;
  managementResponse: string;
  respondedBy: string | null;
  respondedAt: string | null;
  status: AuditExceptionStatus;
  createdAt: string;
  updatedAt: string;
}

export type AuditExceptionInput = Pick<AuditExceptionRecord, 'reference' | 'raisedOn' | 'controlRef' | 'description' | 'severity'>;

const SELECT = `SELECT id, reference, raised_on AS raisedOn, control_ref AS controlRef, description, severity,
  management_response AS managementResponse, responded_by AS respondedBy, responded_at AS respondedAt, status,
  created_at AS createdAt, updated_at AS updatedAt FROM audit_exception`;

export function listAuditExceptions(db: Database.Database): AuditExceptionRecord[] {
  return db.prepare(`${SELECT} ORDER BY id`).all() as AuditExceptionRecord[];
}

export function getAuditException(db: Database.Database, id: number): AuditExceptionRecord | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as AuditExceptionRecord | undefined;
}

export function insertAuditException(db: Database.Database, input: AuditExceptionInput, now: string): number {
  return Number(
    db
      .prepare(`INSERT INTO audit_exception (reference, raised_on, control_ref, description, severity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(input.reference, input.raisedOn, input.controlRef, input.description, input.severity, now, now).lastInsertRowid,
  );
}

/** Recording a response moves an open exception to "responded"; closing is the auditor's call, recorded separately. */
export function respondToAuditException(db: Database.Database, id: number, response: string, actor: string, now: string): boolean {
  return (
    db
      .prepare(
        `UPDATE audit_exception SET management_response = ?, responded_by = ?, responded_at = ?,
           status = CASE WHEN status = 'open' THEN 'responded' ELSE status END, updated_at = ? WHERE id = ?`,
      )
      .run(response, actor, now, now, id).changes > 0
  );
}

export function setAuditExceptionStatus(db: Database.Database, id: number, status: AuditExceptionStatus, now: string): boolean {
  return db.prepare('UPDATE audit_exception SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id).changes > 0;
}
