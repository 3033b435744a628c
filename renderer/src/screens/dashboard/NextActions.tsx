import type { NextAction } from '../../../../core/api/gap-types';
import { StepLink } from './step-link';

const STEP_NAMES: Record<NextAction['step'], string> = { dashboard: 'Dashboard', scope: 'Step 1', gaps: 'Step 2', controls: 'Step 3', testing: 'Step 4', audit: 'Step 5' };

/** The few most useful things to do next, each a link to where it is done. */
export function NextActions({ actions }: { actions: NextAction[] }) {
  return (
    <section className="card" aria-labelledby="next-actions-heading">
      <h2 id="next-actions-heading">Next actions</h2>
      {actions.length === 0 ? (
        <p className="empty-state">Nothing pressing in steps 1 and 2. Carry on with control implementation.</p>
      ) : (
        <ol className="next-actions">
          {actions.map((action) => (
            <li key={action.label}>
              <StepLink step={action.step} section={action.section}>
                {action.label}
              </StepLink>{' '}
              <span className="muted">({STEP_NAMES[action.step]})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
