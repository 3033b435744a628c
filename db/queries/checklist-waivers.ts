import type Database from 'better-sqlite3';

/** A readiness-checklist item the engagement chose to waive, with the written reason the package shows. */
export interface ChecklistWaiverRecord {
  itemId: string;
  reason: string;
  waivedBy: string;
  waivedAt: string;
}

export function listChecklistWaivers(db: Database.Database): ChecklistWaiverRecord[] {
  return db.prepare('SELECT item_id AS itemId, reason, waived_by AS waivedBy, waived_at AS waivedAt FROM checklist_waiver ORDER BY item_id').all() as ChecklistWaiverRecord[];
}

/** Waiving again replaces the reason: the activity log keeps every earlier one. */
export function putChecklistWaiver(db: Database.Database, waiver: ChecklistWaiverRecord): void {
  db.prepare(
    `INSERT INTO checklist_waiver (item_id, reason, waived_by, waived_at) VALUES (@itemId, @reason, @waivedBy, @waivedAt)
     ON CONFLICT (item_id) DO UPDATE SET reason = excluded.reason, waived_by = excluded.waived_by, waived_at = excluded.waived_at`,
  ).run(waiver);
}

export function deleteChecklistWaiver(db: Database.Database, itemId: string): boolean {
  return db.prepare('DELETE FROM checklist_waiver WHERE item_id = ?').run(itemId).changes > 0;
}
