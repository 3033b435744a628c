import type { ComponentType } from 'react';
import type { StepId, WorkspaceSummary } from '../../../core/api/types';
import { StepStateBadge } from '../components/StepStateBadge';
import { AuditStep } from './audit/AuditStep';
import { ControlStep } from './controls/ControlStep';
import { GapStep } from './gaps/GapStep';
import { ScopeStep } from './scope/ScopeStep';
import { TestingStep } from './evidence/TestingStep';

/** Props every step's content receives: call onSummary after an edit so step states refresh. */
export interface StepContentProps {
  summary: WorkspaceSummary;
  onSummary(summary: WorkspaceSummary): void;
}

/** The content of each step. A step without content yet shows what to do first. */
const STEP_CONTENT: Record<StepId, ComponentType<StepContentProps> | null> = {
  scope: ScopeStep,
  gaps: GapStep,
  controls: ControlStep,
  testing: TestingStep,
  audit: AuditStep,
};

/** What each step is for, in plain words, shown at the top of the step. */
const STEP_INTROS: Record<StepId, string> = {
  scope: 'Decide what the report will cover: the organisation, the system, the report type and period, and the Trust Services Categories.',
  gaps: 'For every criterion in scope, record what exists today and where the gaps are. Gaps become remediation items with an owner and a due date.',
  controls: 'Adopt and tailor controls from the library, write and approve policies, and track remediation to done.',
  testing: 'Collect evidence, import populations, and run internal readiness tests on samples, so nothing surprises you in fieldwork.',
  audit: 'Clear the readiness checklist, then seal a snapshot and produce the package for the auditor. SOC 2 ends in a CPA firm’s attestation report — an opinion on your controls — not a certificate; this app prepares you for it and never issues an opinion.',
};

export function StepPage({ step, index, summary, onSummary }: { step: StepId; index: number; summary: WorkspaceSummary; onSummary(summary: WorkspaceSummary): void }) {
  const progress = summary.steps.find((s) => s.id === step)!;
  const Content = STEP_CONTENT[step];
  return (
    <div className="page">
      <p className="eyebrow">Step {index + 1} of 5</p>
      <h1 tabIndex={-1}>{progress.title}</h1>
      <p className="lede">{STEP_INTROS[step]}</p>
      <p>
        <StepStateBadge state={progress.state} /> <span className="muted">Next: {progress.next}</span>
      </p>
      {Content ? (
        <Content summary={summary} onSummary={onSummary} />
      ) : (
        <section className="card empty-state">
          <h2>Nothing recorded in this step yet</h2>
          <p>{progress.next}</p>
        </section>
      )}
    </div>
  );
}
