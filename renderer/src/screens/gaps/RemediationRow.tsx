import { useState } from 'react';
import type { RemediationStatus, RemediationView, Severity } from '../../../../core/api/gap-types';
import { choices } from '../scope/labels';
import { REMEDIATION_STATUS_LABELS, SEVERITY_LABELS } from './labels';

type Patch = Partial<Pick<RemediationView, 'title' | 'owner' | 'severity' | 'dueDate' | 'status'>>;

/** One remediation item, editable in place: text fields save on leaving them, choices when made. */
export function RemediationRow({ item, showCriterion = false, onUpdate, onRemove }: { item: RemediationView; showCriterion?: boolean; onUpdate(patch: Patch): void; onRemove(): void }) {
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.owner);
  return (
    <tr className={item.status === 'done' ? 'row--muted' : undefined}>
      {showCriterion && <td>{item.criterionId ?? '—'}</td>}
      <td>
        <input className="input--cell" aria-label="Item" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} onBlur={() => title.trim() !== '' && title !== item.title && onUpdate({ title: title.trim() })} />
      </td>
      <td>
        <input className="input--cell" aria-label={`Owner of “${item.title}”`} value={owner} placeholder="e.g. Head of Security" maxLength={500} onChange={(e) => setOwner(e.target.value)} onBlur={() => owner !== item.owner && onUpdate({ owner })} />
      </td>
      <td>
        <select aria-label={`Severity of “${item.title}”`} value={item.severity} onChange={(e) => onUpdate({ severity: e.target.value as Severity })}>
          {choices(SEVERITY_LABELS).map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABELS[severity]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input type="date" aria-label={`Due date of “${item.title}”`} value={item.dueDate ?? ''} onChange={(e) => onUpdate({ dueDate: e.target.value || null })} />
        {item.overdue && <span className="pill pill--danger">overdue</span>}
      </td>
      <td>
        <select aria-label={`Status of “${item.title}”`} value={item.status} onChange={(e) => onUpdate({ status: e.target.value as RemediationStatus })}>
          {choices(REMEDIATION_STATUS_LABELS).map((status) => (
            <option key={status} value={status}>
              {REMEDIATION_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="button button--quiet" onClick={onRemove} aria-label={`Remove “${item.title}”`}>
          Remove
        </button>
      </td>
    </tr>
  );
}
