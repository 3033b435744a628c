import type { OpenGapsView } from '../../../../core/api/gap-types';
import { StepLink } from './step-link';

/** Open remediation items by severity and by owner, with overdue ones called out. */
export function OpenGapsCard({ gaps }: { gaps: OpenGapsView }) {
  return (
    <section className="card" aria-labelledby="open-gaps-heading">
      <h2 id="open-gaps-heading">Open gaps</h2>
      {gaps.total === 0 ? (
        <p className="empty-state">No open remediation items. Gaps you find in step 2 become items with an owner and a due date, and are counted here.</p>
      ) : (
        <>
          <ul className="severity-counts" aria-label="Open remediation items by severity">
            <li className="severity-counts__item severity-counts__item--high">
              <span className="severity-counts__number">{gaps.bySeverity.high}</span> high
            </li>
            <li className="severity-counts__item severity-counts__item--medium">
              <span className="severity-counts__number">{gaps.bySeverity.medium}</span> medium
            </li>
            <li className="severity-counts__item severity-counts__item--low">
              <span className="severity-counts__number">{gaps.bySeverity.low}</span> low
            </li>
          </ul>
          {gaps.overdue > 0 && <p className="notice notice--error">{gaps.overdue} overdue.</p>}
          <div className="table-scroll">
          <table className="table">
            <caption>By owner</caption>
            <thead>
              <tr>
                <th scope="col">Owner</th>
                <th scope="col">Open</th>
                <th scope="col">High</th>
                <th scope="col">Overdue</th>
              </tr>
            </thead>
            <tbody>
              {gaps.byOwner.map((row) => (
                <tr key={row.owner}>
                  <th scope="row">{row.owner}</th>
                  <td>{row.open}</td>
                  <td>{row.high}</td>
                  <td>{row.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <p>
            <StepLink step="gaps" section="remediation">
              See every remediation item
            </StepLink>
          </p>
        </>
      )}
    </section>
  );
}
