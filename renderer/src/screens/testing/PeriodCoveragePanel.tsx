import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import type { ControlCoverage, PeriodCoverageView } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { NonOccurrenceForm } from './NonOccurrenceForm';
import { STATE_LABELS } from './testing-labels';
import '../../styles/testing.css';

type Filter = 'all' | 'gaps' | 'stale' | 'complete';
const FILTERS: Record<Filter, string> = { all: 'All controls', gaps: 'With missing occurrences', stale: 'With stale evidence', complete: 'Fully evidenced' };

const STATE_TONE: Record<string, string> = { evidenced: 'chip--ok', 'did-not-occur': 'chip--ok', missing: 'chip--danger', 'did-not-occur-unevidenced': 'chip--warn', 'not-yet-due': '' };

function Bar({ coverage }: { coverage: ControlCoverage }) {
  const shown = coverage.occurrences.filter((occurrence) => occurrence.expected);
  if (shown.length === 0 || shown.length > 26) return null;
  return (
    <span className="coverage-bar" aria-hidden="true">
      {shown.map((occurrence) => (
        <span key={occurrence.index} className={`is-${occurrence.state}`} title={`${occurrence.label}: ${STATE_LABELS[occurrence.state]}`} />
      ))}
    </span>
  );
}

/**
 * Period coverage: for every control, what the period needs against the evidence present, with stale
 * evidence flagged and "did not occur" records (which need their own evidence).
 */
export function PeriodCoveragePanel({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [view, setView] = useState<PeriodCoverageView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<number | null>(null);
  const [marking, setMarking] = useState<{ controlId: number; index: number } | null>(null);
  const { run, status, error, clearError } = useSave(onChanged);

  useEffect(() => {
    api.call('periodCoverage.get').then(setView, setLoadError);
  }, [api]);
  const apply = useCallback(
    (action: () => Promise<PeriodCoverageView>) =>
      void run(async () => {
        const next = await action();
        setView(next);
        setMarking(null);
        return next;
      }),
    [run],
  );

  const shown = useMemo(
    () =>
      (view?.controls ?? []).filter((coverage) => {
        if (filter === 'gaps') return coverage.missing > 0 || coverage.awaitingEvidence > 0;
        if (filter === 'stale') return coverage.stale.length > 0;
        if (filter === 'complete') return coverage.level === 'complete';
        return true;
      }),
    [view, filter],
  );

  if (!view) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading period coverage…</p>;
  const periodText = view.period ? (view.reportType === 'type2' ? `${view.period.start} to ${view.period.end}` : `as of ${view.period.start}`) : null;

  return (
    <section className="testing-panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Period coverage</h2>
      <p className="muted">
        {periodText ? `For the ${view.reportType === 'type2' ? 'review period' : 'Type I date'}, ${periodText}: ` : ''}
        each control’s occurrences due against the evidence linked to it. An occurrence counts as evidenced when an evidence item linked to the control is dated inside its window (its as-of
        date, or the end of the period it covers). Stale evidence follows the catalog’s freshness rules.
      </p>
      {!view.period ? (
        <div className="card empty-state">
          <h3>The period is not set yet</h3>
          <p>Set the report type and its review period (or as-of date) in step 1, Scope Definition. Coverage is counted against it.</p>
        </div>
      ) : view.controls.length === 0 ? (
        <div className="card empty-state">
          <h3>No controls yet</h3>
          <p>Adopt controls in step 3. Each periodic control then shows here how many occurrences the period needs and how many have evidence.</p>
        </div>
      ) : (
        <>
          <ul className="coverage-totals" aria-label="Totals">
            <li>
              <strong>{view.totals.due.toLocaleString()}</strong> <span className="muted">occurrences due</span>
            </li>
            <li>
              <strong>{view.totals.evidenced.toLocaleString()}</strong> <span className="muted">evidenced</span>
            </li>
            <li>
              <strong>{view.totals.missing.toLocaleString()}</strong> <span className="muted">missing</span>
            </li>
            <li>
              <strong>{view.totals.stale}</strong> <span className="muted">stale</span>
            </li>
            <li>
              <strong>{view.totals.awaitingEvidence}</strong> <span className="muted">“did not occur” awaiting evidence</span>
            </li>
          </ul>
          {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
          <p className="save-status" aria-live="polite">
            {status}
          </p>
          <div className="testing-toolbar">
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
            <p className="muted" aria-live="polite">
              {shown.length} of {view.controls.length} controls
            </p>
          </div>
          <table className="table table--dense">
            <caption className="visually-hidden">Period coverage by control</caption>
            <thead>
              <tr>
                <th scope="col">Control</th>
                <th scope="col">Coverage</th>
                <th scope="col">Occurrences</th>
                <th scope="col">Stale</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((coverage) => (
                <Fragment key={coverage.controlId}>
                  <tr className={open === coverage.controlId ? 'is-selected' : undefined}>
                    <td>
                      <strong>{coverage.ref}</strong> {coverage.title}
                    </td>
                    <td>
                      {coverage.summary}
                      {coverage.missing > 0 && (
                        <>
                          {' '}
                          <span className="chip chip--danger">{coverage.missing} missing</span>
                        </>
                      )}
                    </td>
                    <td>
                      <Bar coverage={coverage} />
                    </td>
                    <td>{coverage.stale.length > 0 ? <span className="chip chip--warn">Stale</span> : ''}</td>
                    <td>
                      <button type="button" className="button button--quiet" aria-expanded={open === coverage.controlId} onClick={() => setOpen(open === coverage.controlId ? null : coverage.controlId)}>
                        {open === coverage.controlId ? 'Hide' : 'Show'}
                        <span className="visually-hidden"> occurrences of {coverage.ref}</span>
                      </button>
                    </td>
                  </tr>
                  {open === coverage.controlId && (
                    <tr>
                      <td colSpan={5}>
                        <CoverageDetails coverage={coverage} view={view} marking={marking} setMarking={setMarking} apply={apply} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

interface DetailsProps {
  coverage: ControlCoverage;
  view: PeriodCoverageView;
  marking: { controlId: number; index: number } | null;
  setMarking(value: { controlId: number; index: number } | null): void;
  apply(action: () => Promise<PeriodCoverageView>): void;
}

function CoverageDetails({ coverage, view, marking, setMarking, apply }: DetailsProps) {
  const api = useApi();
  const linked = new Set([...coverage.occurrences.flatMap((occurrence) => occurrence.evidence.map((item) => item.id)), ...coverage.unmatched.map((item) => item.id)]);
  const choices = [...view.evidenceChoices].sort((a, b) => Number(linked.has(b.id)) - Number(linked.has(a.id)));
  return (
    <div>
      <p className="muted">{coverage.note}</p>
      {coverage.rule && <p className="field__hint">Freshness rule: {coverage.rule}</p>}
      {coverage.populations.length > 0 && (
        <p>
          Populations:{' '}
          {coverage.populations.map((population) => `${population.name} (${population.rowCount} rows${population.coversPeriod ? ', covers the period' : ', does not cover the whole period'})`).join('; ')}
        </p>
      )}
      {coverage.stale.map((stale) => (
        <p key={stale.evidence.id} className="message testing-message--warn">
          {stale.evidence.ref} {stale.evidence.fileName} is {stale.ageDays} days old (dated {stale.evidence.date}); this kind of evidence is current for {stale.maxAgeDays} days. Capture it again.
        </p>
      ))}
      <table className="table table--dense">
        <caption className="visually-hidden">Occurrences of {coverage.ref}</caption>
        <thead>
          <tr>
            <th scope="col">Occurrence</th>
            <th scope="col">Window</th>
            <th scope="col">State</th>
            <th scope="col">Evidence</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {coverage.occurrences.map((occurrence) => {
            const editing = marking?.controlId === coverage.controlId && marking.index === occurrence.index;
            return (
              <Fragment key={occurrence.index}>
                <tr>
                  <td>
                    {occurrence.label}
                    {!occurrence.expected && <span className="muted"> (partial window, not counted)</span>}
                  </td>
                  <td className="table__nowrap">
                    {occurrence.windowStart} – {occurrence.windowEnd}
                  </td>
                  <td>
                    <span className={`chip ${STATE_TONE[occurrence.state] ?? ''}`}>{STATE_LABELS[occurrence.state]}</span>
                    {occurrence.nonOccurrence && <div className="field__hint">{occurrence.nonOccurrence.reason}</div>}
                  </td>
                  <td>
                    {[...occurrence.evidence, ...(occurrence.nonOccurrence?.evidence ? [occurrence.nonOccurrence.evidence] : [])].map((item) => (
                      <div key={item.id} className="table__file">
                        {item.ref} <span className="muted">{item.fileName}</span>
                      </div>
                    ))}
                  </td>
                  <td>
                    <div className="testing-actions">
                      {occurrence.state !== 'evidenced' && (
                        <button type="button" className="button button--quiet" onClick={() => setMarking({ controlId: coverage.controlId, index: occurrence.index })}>
                          {occurrence.nonOccurrence ? 'Edit “did not occur”' : 'Did not occur…'}
                          <span className="visually-hidden">
                            {' '}
                            {coverage.ref} {occurrence.label}
                          </span>
                        </button>
                      )}
                      {occurrence.nonOccurrence && (
                        <button type="button" className="button button--quiet" onClick={() => apply(() => api.call('periodCoverage.clearNotOccurred', { id: occurrence.nonOccurrence!.id }))}>
                          Remove “did not occur”<span className="visually-hidden"> for {occurrence.label}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
                {editing && (
                  <tr>
                    <td colSpan={5}>
                      <NonOccurrenceForm
                        control={coverage}
                        window={occurrence}
                        existing={occurrence.nonOccurrence ? { reason: occurrence.nonOccurrence.reason, evidenceId: occurrence.nonOccurrence.evidence?.id ?? null } : null}
                        evidence={choices}
                        onCancel={() => setMarking(null)}
                        onSave={(reason, evidenceId) => apply(() => api.call('periodCoverage.markNotOccurred', { controlId: coverage.controlId, windowStart: occurrence.windowStart, windowEnd: occurrence.windowEnd, reason, evidenceId }))}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {coverage.unmatched.length > 0 && (
        <p className="field__hint">
          Linked evidence outside the period or without a date: {coverage.unmatched.map((item) => `${item.ref} (${item.date ?? 'no date'})`).join(', ')}.
        </p>
      )}
      {!view.evidenceStore && <p className="field__hint">This workspace has no evidence store yet.</p>}
    </div>
  );
}
