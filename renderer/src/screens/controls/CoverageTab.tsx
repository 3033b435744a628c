import { useMemo, useState } from 'react';
import type { CoverageRowView, CoverageView } from '../../../../core/api/control-types';
import { CATEGORY_LABELS, IMPLEMENTATION_LABELS, STATUS_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';
import { COVERAGE_LABELS } from './labels';

type StateFilter = CoverageRowView['state'] | 'attention' | '';

/**
 * The criteria coverage matrix: every in-scope criterion with the controls mapped to it and their
 * status. Criteria without an implemented control stand out, and can be shown on their own.
 */
export function CoverageTab({ coverage, recommendedLeft, onAdoptRecommended }: { coverage: CoverageView; recommendedLeft: number; onAdoptRecommended(): void }) {
  const [state, setState] = useState<StateFilter>('');
  const [category, setCategory] = useState('');
  const categories = useMemo(() => [...new Set(coverage.rows.map((row) => row.category))], [coverage.rows]);
  const rows = coverage.rows.filter((row) => (state === '' || (state === 'attention' ? row.state === 'uncovered' || row.state === 'in-progress' : row.state === state)) && (!category || row.category === category));
  const attention = coverage.counts.uncovered + coverage.counts['in-progress'];

  return (
    <div className="stack">
      <ul className="ctl-coverage-counts" aria-label="Coverage of the criteria in scope">
        {choices(COVERAGE_LABELS).map((key) => (
          <li key={key} className={`ctl-coverage-count ctl-coverage-count--${key}`}>
            <span className="ctl-coverage-count__number">{coverage.counts[key]}</span> {COVERAGE_LABELS[key].toLowerCase()}
          </li>
        ))}
      </ul>
      {attention > 0 && (
        <div className="notice notice--warn">
          <p>
            {attention} criteri{attention === 1 ? 'on has' : 'a have'} no implemented control yet. Auditors test that every criterion in scope is addressed by a control that is in place.
            {recommendedLeft > 0 && ' Adopting the rest of the recommended set closes most of them.'}
          </p>
          {recommendedLeft > 0 && (
            <button type="button" className="button" onClick={onAdoptRecommended}>
              Adopt the recommended set ({recommendedLeft} not adopted yet)
            </button>
          )}
        </div>
      )}
      <div className="toolbar table-filters">
        <label className="field">
          <span className="field__label">Show</span>
          <select value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            <option value="">Every criterion</option>
            <option value="attention">Without an implemented control</option>
            {choices(COVERAGE_LABELS).map((key) => (
              <option key={key} value={key}>
                {COVERAGE_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Category</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Every category</option>
            {categories.map((value) => (
              <option key={value} value={value}>
                {CATEGORY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" aria-live="polite">
          Showing {rows.length} of {coverage.rows.length} criteria
        </p>
      </div>
      <div className="table-scroll">
        <table className="table ctl-coverage">
          <caption className="visually-hidden">Criteria coverage matrix</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Coverage</th>
              <th scope="col">Controls and their status</th>
              <th scope="col">Gap analysis</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="empty-state">
                  No criteria match. Choose “Every criterion” to see the whole matrix.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.criterionId} className={`ctl-coverage__row ctl-coverage__row--${row.state}`}>
                <th scope="row">
                  {row.criterionId}
                  <span className="table__note">{row.summary}</span>
                </th>
                <td>
                  <span className={`ctl-coverage-state ctl-coverage-state--${row.state}`}>{COVERAGE_LABELS[row.state]}</span>
                </td>
                <td>
                  {row.state === 'not-applicable' ? (
                    <span className="muted">Not applicable: {row.naReason}</span>
                  ) : row.controls.length === 0 ? (
                    <span className="muted">No control mapped. Map one from the Controls tab, or adopt one from the library.</span>
                  ) : (
                    <ul className="ctl-chips" aria-label={`Controls for ${row.criterionId}`}>
                      {row.controls.map((control) => (
                        <li key={control.id} className={`ctl-chip ctl-chip--${control.implementationStatus}`} title={control.title}>
                          <strong>{control.ref}</strong> {IMPLEMENTATION_LABELS[control.implementationStatus].toLowerCase()}
                          {control.key ? ' · key' : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{STATUS_LABELS[row.assessment]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
