import { useMemo, useState } from 'react';
import type { ControlsStepView } from '../../../../core/api/control-types';
import type { RemediationView } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { NewTaskForm } from './NewTaskForm';
import { RemediationTaskRow } from './RemediationTaskRow';
import type { Run } from './run';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Remediation raised in step 2 and tasks added here, tracked to done; overdue ones first. */
export function RemediationTab({ items, overview, run }: { items: RemediationView[]; overview: ControlsStepView; run: Run }) {
  const api = useApi();
  const [showDone, setShowDone] = useState(false);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const shown = useMemo(
    () =>
      items
        .filter((item) => (showDone || item.status !== 'done') && (!overdueOnly || item.overdue))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    [items, showDone, overdueOnly],
  );
  const open = items.filter((item) => item.status !== 'done');
  const overdue = open.filter((item) => item.overdue).length;
  const controls = overview.controls.filter((control) => !control.retired).map((control) => ({ id: control.id, label: `${control.ref} ${control.title}` }));

  return (
    <div className="stack">
      <p className="lede">
        {open.length} open item{open.length === 1 ? '' : 's'}
        {overdue > 0 ? `, ${overdue} overdue` : ''}; {items.length - open.length} done. Items come from the gaps found in step 2; add tasks of your own for anything else that must be finished before the audit.
      </p>
      <div className="toolbar">
        <button type="button" className="button button--primary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          Add a task
        </button>
        <label className="choice">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
          <span>Overdue only</span>
        </label>
        <label className="choice">
          <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
          <span>Show finished items too</span>
        </label>
      </div>
      {adding && <NewTaskForm criteria={overview.options.criteria} controls={controls} run={run} onClose={() => setAdding(false)} />}
      {shown.length === 0 ? (
        <p className="empty-state card">
          {items.length === 0
            ? 'Nothing to remediate yet. Gaps you record in step 2 become items here with an owner and a due date; add a task for any other work that must be done before the audit.'
            : overdueOnly
              ? 'Nothing is overdue.'
              : 'Every item is done. Tick “Show finished items too” to see them.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table ctl-remediation">
            <caption className="visually-hidden">Remediation items and tasks</caption>
            <thead>
              <tr>
                <th scope="col">Item and owner</th>
                <th scope="col">Linked to</th>
                <th scope="col">Due</th>
                <th scope="col">Severity and status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <RemediationTaskRow
                  key={item.id}
                  item={item}
                  criteria={overview.options.criteria}
                  controls={controls}
                  onUpdate={(patch) => void run(() => api.call('remediation.update', { id: item.id, patch }))}
                  onRemove={() => void run(() => api.call('remediation.remove', { id: item.id }))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
