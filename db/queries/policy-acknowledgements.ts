import type Database from 'better-sqlite3';

/** One person's acknowledgement of one policy version, as imported from an HR system's export. */
export interface AcknowledgementInput {
  policyId: number;
  version: number;
  person: string;
  email: string;
  /** Who it is, for counting people once: the e-mail address in lower case, else the name. */
  personKey: string;
  acknowledgedOn: string;
  source: string;
}

export interface AcknowledgementRecord extends AcknowledgementInput {
  id: number;
  importedAt: string;
}

const SELECT = `SELECT id, policy_id AS policyId, version, person, email, person_key AS personKey, acknowledged_on AS acknowledgedOn, source, imported_at AS importedAt
  FROM policy_acknowledgement`;

/** Inserts unless this person already acknowledged this version; returns whether a row was added. */
export function insertAcknowledgement(db: Database.Database, input: AcknowledgementInput, now: string): boolean {
  return (
    db
      .prepare(
        `INSERT INTO policy_acknowledgement (policy_id, version, person, email, person_key, acknowledged_on, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (policy_id, version, person_key) DO NOTHING`,
      )
      .run(input.policyId, input.version, input.person, input.email, input.personKey, input.acknowledgedOn, input.source, now).changes > 0
  );
}

export function listAcknowledgements(db: Database.Database, policyId?: number): AcknowledgementRecord[] {
  return (policyId === undefined ? db.prepare(`${SELECT} ORDER BY policy_id, version, acknowledged_on, id`).all() : db.prepare(`${SELECT} WHERE policy_id = ? ORDER BY version, acknowledged_on, id`).all(policyId)) as AcknowledgementRecord[];
}

/** Distinct people per policy version. */
export function countAcknowledgements(db: Database.Database): { policyId: number; version: number; people: number }[] {
  return db.prepare('SELECT policy_id AS policyId, version, count(DISTINCT person_key) AS people FROM policy_acknowledgement GROUP BY policy_id, version').all() as { policyId: number; version: number; people: number }[];
}

/** Distinct people in any acknowledgement: the fallback workforce size when step 1 has no headcount. */
export function countAcknowledgingPeople(db: Database.Database): number {
  return db.prepare('SELECT count(DISTINCT person_key) FROM policy_acknowledgement').pluck().get() as number;
}
