import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReadinessTestingView, ReadinessTestSummary } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { Disclosure } from '../../components/Disclosure';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ReadinessBanner } from './ReadinessBanner';
import { ReadinessTestEditor } from './ReadinessTestEditor';
import { SampleSizeTable } from './SampleSizeTable';
import { CONCLUSION_LABELS, FREQUENCY_LABELS } from './testing-labels';
import '../../styles/testing.css';

type Filter = 'all' | 'untested' | 'open' | 'exceptions';
const FILTERS: Record<Filter, string> = { all: 'All controls', untested: 'Not tested yet', open: 'Not concluded', exceptions: 'With exceptions' };
const SELECTED_KEY = 'soc2.testing.control';

function progressText(summary: ReadinessTestSummary): string {
  if (!summary.tested) return 'not started';
  if (summary.items.total === 0) return 'no sample';
  return `${summary.items.tested}/${summary.items.total} tested`;
}

function conclusionChip(summary: ReadinessTestSummary) {
  const tone = summary.conclusion === 'no-exceptions' ? 'chip--ok' : summary.conclusion === 'not-concluded' ? '' : 'chip--danger';
  return <span className={`chip ${tone}`}>{CONCLUSION_LABELS[summary.conclusion]}</span>;
}

/**
 * Internal readiness testing: every active control in a dense list (filter, arrow keys), the selected
 * control's test beside it, and the engagement's sample-size table.
 */
export function ReadinessTestingPanel({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [view, setView] = useState<ReadinessTestingView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<number | null>(() => Number(sessionStorage.getItem(SELECTED_KEY)) || null);
  const list = useRef<HTMLTableSectionElement>(null);

  const reload = useCallback(() => api.call('readinessTest.list').then(setView, setLoadError), [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (selected !== null) sessionStorage.setItem(SELECTED_KEY, String(selected));
  }, [selected]);
  const changed = useCallback(() => {
    void reload();
    onChanged();
  }, [reload, onChanged]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (view?.controls ?? []).filter((summary) => {
      if (needle && !`${summary.control.ref} ${summary.control.title} ${summary.owner}`.toLowerCase().includes(needle)) return false;
      if (filter === 'untested') return !summary.tested;
      if (filter === 'open') return summary.conclusion === 'not-concluded';
      if (filter === 'exceptions') return summary.exceptions > 0 || summary.items.exceptions > 0;
      return true;
    });
  }, [view, filter, search]);

  if (!view) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading internal readiness testing…</p>;
  const current = view.controls.find((summary) => summary.control.id === selected) ?? null;

  /** Up and Down move between the controls of the list, Home and End to its ends. */
  const onListKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.row-button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return (
    <section className="testing-panel" aria-labelledby="readiness-testing-heading">
      <h2 id="readiness-testing-heading">Internal readiness testing</h2>
      <ReadinessBanner />
      {view.controls.length === 0 ? (
        <div className="card empty-state">
          <h3>No controls to test yet</h3>
          <p>Adopt controls in step 3 (Control Implementation). Each one then gets an internal readiness test here, starting from the procedure in its library entry.</p>
        </div>
      ) : (
        <div className="readiness-layout">
          <div>
            <div className="field-row">
              <label className="field">
                <span className="field__label">Find a control</span>
                <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="e.g. ACC-05 or leaver" />
              </label>
              <label className="field">
                <span className="field__label">Show</span>
                <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
                  {(Object.keys(FILTERS) as Filter[]).map((id) => (
                    <option key={id} value={id}>
                      {FILTERS[id]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p className="muted" aria-live="polite">
              {shown.length} of {view.controls.length} controls. Use ↑ and ↓ to move through the list.
            </p>
            <div className="testing-scroll">
              <table className="table table--dense">
                <caption className="visually-hidden">Controls and their internal readiness tests</caption>
                <thead>
                  <tr>
                    <th scope="col">Control</th>
                    <th scope="col">Frequency</th>
                    <th scope="col">Sample</th>
                    <th scope="col">Conclusion</th>
                  </tr>
                </thead>
                <tbody ref={list} onKeyDown={onListKey}>
                  {shown.map((summary) => (
                    <tr key={summary.control.id} className={summary.control.id === selected ? 'is-selected' : undefined}>
                      <td>
                        <button type="button" className="row-button" aria-current={summary.control.id === selected ? 'true' : undefined} onClick={() => setSelected(summary.control.id)}>
                          {summary.control.ref}
                        </button>{' '}
                        <span>{summary.control.title}</span>
                      </td>
                      <td className="table__nowrap">{FREQUENCY_LABELS[summary.frequency] ?? summary.frequency}</td>
                      <td className="table__nowrap">
                        {progressText(summary)}
                        {summary.items.exceptions > 0 && (
                          <>
                            {' '}
                            <span className="chip chip--danger">{summary.items.exceptions} exc.</span>
                          </>
                        )}
                      </td>
                      <td>{conclusionChip(summary)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <div className="readiness-editor">
            {current ? (
              <ReadinessTestEditor key={current.control.id} controlId={current.control.id} onChanged={changed} />
            ) : (
              <div className="card empty-state">
                <h3>Choose a control to test</h3>
                <p>
                  Pick a control from the list. Its test starts from the control’s own procedure; draw a sample (from a population for per-event controls, from the period’s occurrences for
                  periodic ones), record a result for each item, explain any exception, then conclude.
                </p>
              </div>
            )}
          </div>
        </div>
      )}
      <Disclosure className="test-section" summary={<strong>Sample sizes for this engagement</strong>} initiallyOpen={false}>
        <SampleSizeTable onChanged={changed} />
      </Disclosure>
    </section>
  );
}
