import { useId, useState } from 'react';
import type { ReadinessView } from '../../../../core/api/gap-types';
import { formatPoints, STATUS_LABELS } from './labels';

export type ScoreKind = 'design' | 'operating';

/**
 * Every criterion behind a readiness score: the points it earns, why, and exactly what would raise it
 * (each action with what it adds on its own). Nothing in the score is left unexplained.
 */
export function ReadinessDrilldown({ readiness, kind, onKind, onClose }: { readiness: ReadinessView; kind: ScoreKind; onKind(kind: ScoreKind): void; onClose(): void }) {
  const [onlyMissing, setOnlyMissing] = useState(false);
  const titleId = useId();
  const criteria = readiness.criteria.filter((criterion) => !onlyMissing || (criterion.applicable && (kind === 'design' ? criterion.designPoints : criterion.operatingPoints) < 1));
  const total = kind === 'design' ? readiness.overall.design : readiness.overall.operating;
  return (
    <section className="card drilldown" aria-labelledby={titleId}>
      <div className="drilldown__header">
        <h3 id={titleId} tabIndex={-1}>
          How {kind} readiness is counted: {formatPoints(total.earned)} of {total.possible} points
        </h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close explanation
        </button>
      </div>
      <p className="muted">
        {kind === 'design'
          ? 'Design readiness asks the Type I question: is a suitable control in place? A criterion earns 1 point when it is assessed as met and at least one mapped control is implemented, 0.5 when partially met with an implemented control, and 0 otherwise. Criteria marked not applicable are left out.'
          : 'Operating readiness asks the Type II question: is there evidence the controls operated across the period? A criterion earns its design points when an implemented control has evidence for the whole period, half of them with evidence for part of it, and 0 without evidence.'}
      </p>
      {readiness.notes.map((note) => (
        <p key={note} className="notice notice--info">
          {note}
        </p>
      ))}
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Which score</legend>
          {(['design', 'operating'] as const).map((option) => (
            <label key={option} className="segmented__option">
              <input type="radio" name={`${titleId}-kind`} checked={kind === option} onChange={() => onKind(option)} />
              {option === 'design' ? 'Design' : 'Operating'}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />
          <span>Only criteria below full marks</span>
        </label>
      </div>
      <div className="table-scroll">
        <table className="table drilldown__table">
          <caption className="visually-hidden">Points per criterion for {kind} readiness</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Status</th>
              <th scope="col">Points</th>
              <th scope="col">Why</th>
              <th scope="col">What would raise it</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => {
              const points = kind === 'design' ? criterion.designPoints : criterion.operatingPoints;
              const raise = kind === 'design' ? criterion.raiseDesign : criterion.raiseOperating;
              return (
                <tr key={criterion.criterionId} className={criterion.applicable ? undefined : 'row--muted'}>
                  <th scope="row">
                    {criterion.criterionId}
                    <span className="table__note">{criterion.summary}</span>
                  </th>
                  <td>{STATUS_LABELS[criterion.status]}</td>
                  <td className="drilldown__points">{criterion.applicable ? `${formatPoints(points)} / 1` : 'excluded'}</td>
                  <td>{kind === 'design' ? criterion.designReason : criterion.operatingReason}</td>
                  <td>
                    {raise.length === 0 ? (
                      <span className="muted">{criterion.applicable ? 'Full marks' : '—'}</span>
                    ) : (
                      <ul className="raise-list">
                        {raise.map((item) => (
                          <li key={item.action}>
                            {item.action} {item.gain > 0 ? <span className="raise-list__gain">+{formatPoints(item.gain)}</span> : <span className="muted">(adds nothing on its own)</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
