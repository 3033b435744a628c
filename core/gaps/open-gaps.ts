import type { OpenGapsView, RemediationView, Severity } from '../api/gap-types';
import type { RemediationRecord } from '../../db/queries/remediation-items';

/** Past its due date (the day after) and not done. `today` is YYYY-MM-DD. */
export function isOverdue(item: Pick<RemediationRecord, 'dueDate' | 'status'>, today: string): boolean {
  return item.status !== 'done' && item.dueDate !== null && item.dueDate < today;
}

export function remediationView(item: RemediationRecord, today: string): RemediationView {
  return { ...item, overdue: isOverdue(item, today) };
}

const NO_OWNER = '(no owner yet)';

/** Open remediation items (not done) counted by severity and by owner, busiest owner first. */
export function summariseOpenGaps(items: readonly Pick<RemediationRecord, 'owner' | 'severity' | 'status' | 'dueDate'>[], today: string): OpenGapsView {
  const open = items.filter((item) => item.status !== 'done');
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const owners = new Map<string, { owner: string; open: number; high: number; overdue: number }>();
  for (const item of open) {
    bySeverity[item.severity] += 1;
    const owner = item.owner.trim() || NO_OWNER;
    const entry = owners.get(owner) ?? { owner, open: 0, high: 0, overdue: 0 };
    entry.open += 1;
    if (item.severity === 'high') entry.high += 1;
    if (isOverdue(item, today)) entry.overdue += 1;
    owners.set(owner, entry);
  }
  return {
    total: open.length,
    bySeverity,
    byOwner: [...owners.values()].sort((a, b) => b.high - a.high || b.open - a.open || a.owner.localeCompare(b.owner)),
    overdue: open.filter((item) => isOverdue(item, today)).length,
  };
}
