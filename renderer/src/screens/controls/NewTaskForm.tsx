import { useState, type FormEvent } from 'react';
import type { ControlsStepView } from '../../../../core/api/control-types';
import type { Severity } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { SEVERITY_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';
import type { Run } from './run';

/** A task of step 3: what must be done, by whom and when, optionally tied to a criterion or a control. */
export function NewTaskForm({ criteria, controls, run, onClose }: { criteria: ControlsStepView['options']['criteria']; controls: { id: number; label: string }[]; run: Run; onClose(): void }) {
  const api = useApi();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [criterionId, setCriterionId] = useState('');
  const [controlId, setControlId] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => api.call('remediation.add', { title: title.trim(), owner: owner.trim(), dueDate: dueDate || null, severity, criterionId: criterionId || null, controlId: controlId === '' ? null : Number(controlId) }));
    if (done) onClose();
  };
  return (
    <form className="card ctl-panel" aria-labelledby="ctl-task-title" onSubmit={(e) => void submit(e)}>
      <h2 id="ctl-task-title">Add a task</h2>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">What must be done (required)</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Write the runbook for restoring the database" maxLength={300} required />
        </label>
        <label className="field">
          <span className="field__label">Owner</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="e.g. Platform Lead" maxLength={500} />
        </label>
        <label className="field">
          <span className="field__label">Due date</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} aria-describedby="ctl-task-due-hint" />
          <span className="field__hint" id="ctl-task-due-hint">
            e.g. a few weeks before fieldwork starts
          </span>
        </label>
        <label className="field">
          <span className="field__label">Severity</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {choices(SEVERITY_LABELS).map((value) => (
              <option key={value} value={value}>
                {SEVERITY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Criterion (optional)</span>
          <select value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
            <option value="">None</option>
            {criteria.map((criterion) => (
              <option key={criterion.id} value={criterion.id}>
                {criterion.id} {criterion.summary.length > 50 ? `${criterion.summary.slice(0, 47)}…` : criterion.summary}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Control (optional)</span>
          <select value={controlId} onChange={(e) => setControlId(e.target.value)}>
            <option value="">None</option>
            {controls.map((control) => (
              <option key={control.id} value={control.id}>
                {control.label.length > 60 ? `${control.label.slice(0, 57)}…` : control.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="inline-actions">
        <button type="submit" className="button button--primary" disabled={title.trim() === ''}>
          Add the task
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
