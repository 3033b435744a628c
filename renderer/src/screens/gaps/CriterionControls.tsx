import { useState } from 'react';
import type { AssessmentListView, CriterionAssessmentView, ImplementationStatus } from '../../../../core/api/gap-types';
import { Disclosure } from '../../components/Disclosure';
import { choices } from '../scope/labels';
import { IMPLEMENTATION_LABELS } from './labels';

interface Props {
  criterion: CriterionAssessmentView;
  engagementControls: AssessmentListView['engagementControls'];
  onAdopt(catalogId: string): void;
  onMap(controlId: number, mapped: boolean): void;
  onStatus(controlId: number, status: ImplementationStatus): void;
}

const name = (control: { catalogControlId: string | null; title: string }) => (control.catalogControlId ? `${control.catalogControlId} ${control.title}` : control.title);

/**
 * The controls that address a criterion: their implementation status (only an implemented one makes
 * the criterion count as ready), library controls to adopt, and controls already adopted to map.
 */
export function CriterionControls({ criterion, engagementControls, onAdopt, onMap, onStatus }: Props) {
  const [toMap, setToMap] = useState('');
  const mappedIds = new Set(criterion.controls.map((control) => control.id));
  const mappable = engagementControls.filter((control) => !mappedIds.has(control.id));
  return (
    <div className="stack">
      {criterion.controls.length === 0 ? (
        <p className="empty-state">No control addresses {criterion.criterionId} yet. Adopt one from the library below; until a mapped control is implemented, this criterion cannot count as ready.</p>
      ) : (
        <ul className="control-list">
          {criterion.controls.map((control) => (
            <li key={control.id} className="control-list__item">
              <span className="control-list__name">{name(control)}</span>
              <label className="control-list__status">
                <span className="visually-hidden">Implementation status of {name(control)}</span>
                <select value={control.implementationStatus} onChange={(e) => onStatus(control.id, e.target.value as ImplementationStatus)}>
                  {choices(IMPLEMENTATION_LABELS).map((status) => (
                    <option key={status} value={status}>
                      {IMPLEMENTATION_LABELS[status]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="button button--quiet" onClick={() => onMap(control.id, false)} aria-label={`Unmap ${name(control)} from ${criterion.criterionId}`}>
                Unmap
              </button>
            </li>
          ))}
        </ul>
      )}
      {criterion.suggestedControls.length > 0 && (
        <Disclosure className="examples" initiallyOpen={criterion.controls.length === 0} summary={`Library controls for ${criterion.criterionId} (${criterion.suggestedControls.length})`}>
          <ul className="examples__list">
            {criterion.suggestedControls.map((control) => (
              <li key={control.catalogId}>
                <span>
                  <strong>{control.catalogId}</strong> {control.title} {control.recommended && <span className="pill pill--accent">recommended</span>}
                  <span className="table__note">{control.objective}</span>
                </span>
                <button type="button" className="button" onClick={() => onAdopt(control.catalogId)} aria-label={`Adopt ${control.catalogId} ${control.title}`}>
                  Adopt
                </button>
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
      {mappable.length > 0 && (
        <div className="inline-form">
          <label className="field field--grow">
            <span className="field__label">Map a control you already adopted</span>
            <select value={toMap} onChange={(e) => setToMap(e.target.value)}>
              <option value="">Choose a control…</option>
              {mappable.map((control) => (
                <option key={control.id} value={control.id}>
                  {name(control)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={toMap === ''}
            onClick={() => {
              onMap(Number(toMap), true);
              setToMap('');
            }}
          >
            Map
          </button>
        </div>
      )}
    </div>
  );
}
