import { useState } from 'react';
import type { AssessmentListView, RemediationView } from '../../../../core/api/gap-types';
import type { GapActions } from './gap-actions';
import { RemediationRow } from './RemediationRow';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Every remediation item of the engagement, most severe first, editable in place. */
export function RemediationList({ list, actions, onOpen }: { list: AssessmentListView; actions: GapActions; onOpen(criterionId: string): void }) {
  const [showDone, setShowDone] = useState(false);
  const all: RemediationView[] = list.criteria.flatMap((criterion) => criterion.remediation);
  const items = all.filter((item) => showDone || item.status !== 'done').sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const gapsWithout = list.criteria.filter((criterion) => criterion.status === 'gap' && !criterion.remediation.some((item) => item.status !== 'done'));
  return (
    <div className="stack">
      {gapsWithout.length > 0 && (
        <div className="notice notice--warn">
          <p>
            {gapsWithout.length} gap{gapsWithout.length === 1 ? ' has' : 's have'} no open remediation item yet:{' '}
            {gapsWithout.map((criterion, index) => (
              <span key={criterion.criterionId}>
                {index > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onOpen(criterion.criterionId)}>
                  {criterion.criterionId}
                </button>
              </span>
            ))}
          </p>
        </div>
      )}
      <label className="choice">
        <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
        <span>Show finished items too</span>
      </label>
      {items.length === 0 ? (
        <p className="empty-state card">{all.length === 0 ? 'No remediation items yet. When you assess a criterion as a gap, add what will close it in the guided mode; it appears here.' : 'Every remediation item is done.'}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Remediation items</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Item</th>
                <th scope="col">Owner</th>
                <th scope="col">Severity</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <RemediationRow key={item.id} item={item} showCriterion onUpdate={(patch) => actions.updateRemediation(item.id, patch)} onRemove={() => actions.removeRemediation(item.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
