import { useEffect, useState } from 'react';
import type { ControlsStepView } from '../../../../core/api/control-types';
import type { RemediationStatus, RemediationView, Severity } from '../../../../core/api/gap-types';
import { REMEDIATION_STATUS_LABELS, SEVERITY_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';

type Patch = Partial<Pick<RemediationView, 'title' | 'owner' | 'severity' | 'dueDate' | 'status' | 'criterionId' | 'controlId'>>;

/** One remediation item or task, editable in place: text saves on leaving the field, choices when made. */
export function RemediationTaskRow({ item, criteria, controls, onUpdate, onRemove }: { item: RemediationView; criteria: ControlsStepView['options']['criteria']; controls: { id: number; label: string }[]; onUpdate(patch: Patch): void; onRemove(): void }) {
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.owner);
  useEffect(() => setTitle(item.title), [item.title]);
  useEffect(() => setOwner(item.owner), [item.owner]);
  return (
    <tr className={item.status === 'done' ? 'row--muted' : item.overdue ? 'ctl-overdue-row' : undefined}>
      <td className="ctl-task-cell">
        <textarea className="ctl-task-title" aria-label="Item" value={title} rows={2} maxLength={300} onChange={(e) => setTitle(e.target.value)} onBlur={() => title.trim() !== '' && title !== item.title && onUpdate({ title: title.trim() })} />
        <input aria-label={`Owner of “${item.title}”`} value={owner} placeholder="Owner, e.g. Head of Security" maxLength={500} onChange={(e) => setOwner(e.target.value)} onBlur={() => owner !== item.owner && onUpdate({ owner })} />
      </td>
      <td className="ctl-stack-cell ctl-stack-cell--wide">
        <select aria-label={`Criterion of “${item.title}”`} value={item.criterionId ?? ''} onChange={(e) => onUpdate({ criterionId: e.target.value || null })}>
          <option value="">No criterion</option>
          {criteria.map((criterion) => (
            <option key={criterion.id} value={criterion.id}>
              {criterion.id}
            </option>
          ))}
        </select>
        <select aria-label={`Control of “${item.title}”`} value={item.controlId ?? ''} onChange={(e) => onUpdate({ controlId: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">No control</option>
          {controls.map((control) => (
            <option key={control.id} value={control.id}>
              {control.label.length > 48 ? `${control.label.slice(0, 45)}…` : control.label}
            </option>
          ))}
        </select>
      </td>
      <td className="ctl-stack-cell">
        <input type="date" aria-label={`Due date of “${item.title}”`} value={item.dueDate ?? ''} onChange={(e) => onUpdate({ dueDate: e.target.value || null })} />
        {item.overdue && <span className="pill pill--danger">overdue</span>}
      </td>
      <td className="ctl-stack-cell">
        <select aria-label={`Severity of “${item.title}”`} value={item.severity} onChange={(e) => onUpdate({ severity: e.target.value as Severity })}>
          {choices(SEVERITY_LABELS).map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABELS[severity]} severity
            </option>
          ))}
        </select>
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
