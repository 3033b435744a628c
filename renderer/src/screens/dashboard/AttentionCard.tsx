import { useEffect, useState } from 'react';
import type { AttentionView } from '../../../../core/api/control-types';
import type { WorkspaceSummary } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';
import { StepLink } from './step-link';
import '../../styles/controls.css';

const SHOWN = 5;

/**
 * Overdue work, flagged on the dashboard: remediation items past their due date and policies whose
 * review is overdue or falls due within 30 days. Shows nothing while nothing is late.
 */
export function AttentionCard({ summary }: { summary: WorkspaceSummary }) {
  const api = useApi();
  const [view, setView] = useState<AttentionView | null>(null);
  useEffect(() => {
    // The dashboard shows its other cards even if this one cannot load.
    api.call('controls.attention').then(setView, () => setView(null));
  }, [api, summary]);
  if (!view || (view.overdueRemediation.length === 0 && view.policies.length === 0)) return null;
  const overduePolicies = view.policies.filter((policy) => policy.state === 'overdue');
  return (
    <section className="card ctl-attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading">Overdue</h2>
      {view.overdueRemediation.length > 0 && (
        <>
          <p>
            <span className="pill pill--danger">{view.overdueRemediation.length} overdue</span> remediation item{view.overdueRemediation.length === 1 ? '' : 's'} past {view.overdueRemediation.length === 1 ? 'its' : 'their'} due date:
          </p>
          <ul className="ctl-attention__list">
            {view.overdueRemediation.slice(0, SHOWN).map((item) => (
              <li key={item.id}>
                {item.title} <span className="muted">— {item.owner || 'no owner'}, due {item.dueDate}</span>
              </li>
            ))}
          </ul>
          <p>
            <StepLink step="controls" section="remediation">
              {view.overdueRemediation.length > SHOWN ? `See all ${view.overdueRemediation.length} in step 3` : 'Track them in step 3'}
            </StepLink>
          </p>
        </>
      )}
      {view.policies.length > 0 && (
        <>
          <p>
            {overduePolicies.length > 0 && <span className="pill pill--danger">{overduePolicies.length} review overdue</span>} Polic{view.policies.length === 1 ? 'y' : 'ies'} to review:
          </p>
          <ul className="ctl-attention__list">
            {view.policies.map((policy) => (
              <li key={policy.id}>
                {policy.title} <span className="muted">— {policy.state === 'overdue' ? `review was due ${policy.nextReviewDate}` : `review due ${policy.nextReviewDate}`}</span>
              </li>
            ))}
          </ul>
          <p>
            <StepLink step="controls" section="policies">
              Review them in step 3
            </StepLink>
          </p>
        </>
      )}
    </section>
  );
}
