import type { DashboardView } from '../../../../core/api/gap-types';
import { StepLink } from './step-link';

/** Shown while the scope has changed since it was confirmed: what changed, and where to review it. */
export function ScopeChangeNotice({ changes, confirmedAt }: { changes: DashboardView['scopeChanges']; confirmedAt: string | null }) {
  return (
    <section className="notice notice--warn scope-change" aria-labelledby="scope-change-heading">
      <h2 id="scope-change-heading">Change of scope</h2>
      <p>
        The scope changed since it was confirmed{confirmedAt ? ` on ${new Date(confirmedAt).toLocaleDateString()}` : ''}. Later steps read the scope, so review these changes (and tell your CPA firm if fieldwork is planned):
      </p>
      <ul>
        {changes.map((change) => (
          <li key={change.id}>
            {change.summary} <span className="muted">— {new Date(change.at).toLocaleString()}, {change.actor}</span>
          </li>
        ))}
      </ul>
      <StepLink step="scope" section="summary" className="button">
        Review and confirm the scope
      </StepLink>
    </section>
  );
}
