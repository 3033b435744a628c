import { useEffect, useRef } from 'react';
import type { AssessmentListView } from '../../../../core/api/gap-types';
import { AssessmentForm } from './AssessmentForm';
import { CriterionControls } from './CriterionControls';
import { CriterionRemediation } from './CriterionRemediation';
import type { GapActions } from './gap-actions';
import { CATEGORY_LABELS, formatPoints } from './labels';

interface Props {
  list: AssessmentListView;
  index: number;
  onIndex(index: number): void;
  actions: GapActions;
}

/**
 * One criterion at a time, in catalog order: what it asks (in our words), what auditors look for, the
 * points of focus as guidance (never scored), then what exists today, its status, its controls and
 * the remediation that closes any gap.
 */
export function GuidedAssessment({ list, index, onIndex, actions }: Props) {
  const criterion = list.criteria[index];
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);
  if (!criterion) return <p className="empty-state">No criteria are in scope. Choose the categories in step 1.</p>;

  const go = (next: number) => {
    moved.current = true;
    onIndex(Math.max(0, Math.min(list.criteria.length - 1, next)));
  };
  const nextUnassessed = list.criteria.findIndex((c, i) => i > index && c.status === 'not-assessed');
  const firstUnassessed = nextUnassessed >= 0 ? nextUnassessed : list.criteria.findIndex((c) => c.status === 'not-assessed');
  const assessed = list.criteria.filter((c) => c.status !== 'not-assessed').length;

  return (
    <div className="guided">
      <div className="guided__nav toolbar">
        <label className="field">
          <span className="field__label">Criterion</span>
          <select value={index} onChange={(e) => go(Number(e.target.value))}>
            {list.criteria.map((c, i) => (
              <option key={c.criterionId} value={i}>
                {c.criterionId} — {c.status === 'not-assessed' ? 'not assessed' : c.status.replace('-', ' ')}
              </option>
            ))}
          </select>
        </label>
        <p className="muted guided__progress">
          {index + 1} of {list.criteria.length} · {assessed} assessed
        </p>
      </div>

      <article className="guided__criterion" aria-labelledby="guided-heading">
        <p className="eyebrow">
          {CATEGORY_LABELS[criterion.category]} · {criterion.series} {criterion.seriesName}
        </p>
        <h3 id="guided-heading" ref={heading} tabIndex={-1} className="guided__title">
          {criterion.criterionId} {criterion.summary}
        </h3>
        <p className="guided__points muted">
          Earns {formatPoints(criterion.designPoints)} of 1 design point and {formatPoints(criterion.operatingPoints)} of 1 operating point now.
        </p>

        <div className="guided__layout">
          <div className="guided__work">
            <section className="card" aria-labelledby="assess-heading">
              <h4 id="assess-heading">Assessment</h4>
              <AssessmentForm criterion={criterion} onSave={(patch) => actions.saveAssessment(criterion.criterionId, patch)} />
            </section>
            {criterion.status !== 'not-applicable' && (
              <section className="card" aria-labelledby="controls-heading">
                <h4 id="controls-heading">Controls that address it</h4>
                <CriterionControls
                  key={criterion.criterionId}
                  criterion={criterion}
                  engagementControls={list.engagementControls}
                  onAdopt={actions.adopt}
                  onMap={(controlId, mapped) => actions.map(controlId, criterion.criterionId, mapped)}
                  onStatus={actions.setControlStatus}
                />
              </section>
            )}
            {criterion.status !== 'not-applicable' && (
              <section className="card" aria-labelledby="remediation-heading">
                <h4 id="remediation-heading">Remediation</h4>
                <CriterionRemediation
                  key={criterion.criterionId}
                  criterionId={criterion.criterionId}
                  items={criterion.remediation}
                  needed={criterion.status === 'gap'}
                  onAdd={(draft) => actions.addRemediation(criterion.criterionId, draft)}
                  onUpdate={actions.updateRemediation}
                  onRemove={actions.removeRemediation}
                />
              </section>
            )}
          </div>
          <aside className="guidance-box guided__guidance" aria-label={`Guidance for ${criterion.criterionId}`}>
            <p className="guidance-box__title">What auditors look for</p>
            <p>{criterion.guidance}</p>
            {criterion.pointsOfFocus.length > 0 && (
              <>
                <p className="guidance-box__title">Points of focus</p>
                <p className="muted">Guidance on what the criterion covers. They are not a checklist and are not scored.</p>
                <ul>
                  {criterion.pointsOfFocus.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              </>
            )}
          </aside>
        </div>
      </article>

      <div className="section-footer">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous criterion
        </button>
        {firstUnassessed >= 0 && firstUnassessed !== index && (
          <button type="button" className="button" onClick={() => go(firstUnassessed)}>
            Next not assessed ({list.criteria[firstUnassessed]!.criterionId})
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => go(index + 1)} disabled={index === list.criteria.length - 1}>
          Next criterion →
        </button>
      </div>
    </div>
  );
}
