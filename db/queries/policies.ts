import type Database from 'better-sqlite3';

/** A policy of this engagement (from a catalog template, or written for it when templateId is null). */
export interface PolicyRecord {
  id: number;
  templateId: string | null;
  title: string;
  owner: string;
  reviewMonths: number;
  nextReviewDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyVersionRecord {
  id: number;
  policyId: number;
  version: number;
  markdown: string;
  sha256: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  approver: string | null;
  approvedOn: string | null;
  approvalRecordedBy: string | null;
  approvalRecordedAt: string | null;
}

const POLICY_SELECT = `SELECT id, template_id AS templateId, title, owner, review_months AS reviewMonths, next_review_date AS nextReviewDate,
  created_at AS createdAt, updated_at AS updatedAt FROM policy`;

const VERSION_SELECT = `SELECT id, policy_id AS policyId, version, markdown, sha256, author, created_at AS createdAt, updated_at AS updatedAt,
  approver, approved_on AS approvedOn, approval_recorded_by AS approvalRecordedBy, approval_recorded_at AS approvalRecordedAt FROM policy_version`;

export function listPolicies(db: Database.Database): PolicyRecord[] {
  return db.prepare(`${POLICY_SELECT} ORDER BY coalesce(template_id, 'POL-ZZZ'), title COLLATE NOCASE, id`).all() as PolicyRecord[];
}

export function getPolicy(db: Database.Database, id: number): PolicyRecord | undefined {
  return db.prepare(`${POLICY_SELECT} WHERE id = ?`).get(id) as PolicyRecord | undefined;
}

export function findPolicyByTemplate(db: Database.Database, templateId: string): number | undefined {
  return db.prepare('SELECT id FROM policy WHERE template_id = ?').pluck().get(templateId) as number | undefined;
}

/** Every version of every policy (or of one), oldest first. */
export function listPolicyVersions(db: Database.Database, policyId?: number): PolicyVersionRecord[] {
  return (policyId === undefined ? db.prepare(`${VERSION_SELECT} ORDER BY policy_id, version`).all() : db.prepare(`${VERSION_SELECT} WHERE policy_id = ? ORDER BY version`).all(policyId)) as PolicyVersionRecord[];
}

export interface NewPolicy {
  templateId: string | null;
  title: string;
  owner: string;
  reviewMonths: number;
}

export function insertPolicy(db: Database.Database, input: NewPolicy, now: string): number {
  return Number(db.prepare('INSERT INTO policy (template_id, title, owner, review_months, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.templateId, input.title, input.owner, input.reviewMonths, now, now).lastInsertRowid);
}

export interface PolicyPatch {
  title?: string;
  owner?: string;
  reviewMonths?: number;
  nextReviewDate?: string | null;
}

const POLICY_COLUMNS: Record<keyof PolicyPatch, string> = { title: 'title', owner: 'owner', reviewMonths: 'review_months', nextReviewDate: 'next_review_date' };

export function updatePolicy(db: Database.Database, id: number, patch: PolicyPatch, now: string): void {
  const keys = (Object.keys(patch) as (keyof PolicyPatch)[]).filter((key) => POLICY_COLUMNS[key] !== undefined && patch[key] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE policy SET ${keys.map((key) => `${POLICY_COLUMNS[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...keys.map((key) => patch[key]), now, id);
}

/** Removes a policy with its drafts; the triggers refuse it (and roll back) if a version was approved. */
export function deletePolicy(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM policy WHERE id = ?').run(id).changes > 0;
}

export function insertPolicyVersion(db: Database.Database, input: { policyId: number; version: number; markdown: string; sha256: string; author: string }, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO policy_version (policy_id, version, markdown, sha256, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.policyId, input.version, input.markdown, input.sha256, input.author, now, now).lastInsertRowid,
  );
}

/** Rewrites a draft's text. Approved versions are refused by a trigger. */
export function updateDraftText(db: Database.Database, versionId: number, markdown: string, sha256: string, now: string): void {
  db.prepare('UPDATE policy_version SET markdown = ?, sha256 = ?, updated_at = ? WHERE id = ?').run(markdown, sha256, now, versionId);
}

export function approvePolicyVersion(db: Database.Database, versionId: number, approval: { approver: string; approvedOn: string; recordedBy: string }, now: string): void {
  db.prepare('UPDATE policy_version SET approver = ?, approved_on = ?, approval_recorded_by = ?, approval_recorded_at = ? WHERE id = ?').run(approval.approver, approval.approvedOn, approval.recordedBy, now, versionId);
}

/** The controls linked to each policy. */
export function listPolicyControlLinks(db: Database.Database): { controlId: number; policyId: number }[] {
  return db.prepare('SELECT control_id AS controlId, policy_id AS policyId FROM control_policy ORDER BY policy_id, control_id').all() as { controlId: number; policyId: number }[];
}
