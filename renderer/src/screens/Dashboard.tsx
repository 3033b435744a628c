import type { WorkspaceSummary } from '../../../core/api/types';
import { routeHash } from '../app/routes';
import { StepStateBadge } from '../components/StepStateBadge';
import { AttentionCard } from './dashboard/AttentionCard';
import { DashboardDetails } from './dashboard/DashboardDetails';

export function Dashboard({ summary }: { summary: WorkspaceSummary }) {
  const done = summary.steps.filter((s) => s.state === 'complete').length;
  const next = summary.steps.find((s) => s.state !== 'complete');
  return (
    <div className="page">
      <h1 tabIndex={-1}>Dashboard</h1>
      <p className="lede">
        {summary.organisationName}: {done} of 5 steps complete.
      </p>

      {next && (
        <section className="card card--accent" aria-labelledby="next-heading">
          <h2 id="next-heading">What to do next</h2>
          <p>{next.next}</p>
          <a className="button button--primary" href={routeHash({ page: 'step', step: next.id })}>
            Go to {next.title}
          </a>
        </section>
      )}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Where you are</h2>
        <ol className="step-cards">
          {summary.steps.map((step, index) => (
            <li key={step.id} className={`step-card step-card--${step.state}`}>
              <a href={routeHash({ page: 'step', step: step.id })}>
                <span className="step-card__number">Step {index + 1}</span>
                <span className="step-card__title">{step.title}</span>
                <StepStateBadge state={step.state} />
                <span className="step-card__next">{step.next}</span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <AttentionCard summary={summary} />
      <DashboardDetails summary={summary} />
    </div>
  );
}
