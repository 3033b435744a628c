import { useCallback, useEffect, useState } from 'react';
import type { PopulationImportResult, PopulationView, ReadinessTestingView } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { PopulationDetails } from './PopulationDetails';
import { PopulationImport } from './PopulationImport';
import { PopulationRows } from './PopulationRows';
import { dateRange } from './testing-labels';
import { ReadinessBanner } from './ReadinessBanner';
import '../../styles/testing.css';

/**
 * Populations: the complete listings of events (hires, leavers, changes, incidents…) that samples for
 * internal readiness testing are drawn from, each with its provenance and fingerprint.
 */
export function PopulationsPanel({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [populations, setPopulations] = useState<PopulationView[] | null>(null);
  const [context, setContext] = useState<ReadinessTestingView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<PopulationImportResult | null>(null);
  const [open, setOpen] = useState<{ id: number; view: 'rows' | 'details' } | null>(null);

  const reload = useCallback(async () => {
    const [list, testing] = await Promise.all([api.call('population.list'), api.call('readinessTest.list')]);
    setPopulations(list);
    setContext(testing);
  }, [api]);
  useEffect(() => {
    reload().catch(setLoadError);
  }, [reload]);
  const afterSave = useCallback(() => {
    void reload();
    onChanged();
  }, [reload, onChanged]);
  const { run, status, error, clearError } = useSave(afterSave);

  if (!populations || !context) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading populations…</p>;

  const onImported = (result: PopulationImportResult) => {
    setImporting(false);
    setImported(result);
    setOpen({ id: result.population.id, view: 'rows' });
    afterSave();
  };
  const selected = open ? populations.find((population) => population.id === open.id) : undefined;

  return (
    <section className="testing-panel" aria-labelledby="populations-heading">
      <div className="testing-toolbar">
        <h2 id="populations-heading">Populations</h2>
        {!importing && (
          <button type="button" className="button button--primary" onClick={() => setImporting(true)}>
            Import a population…
          </button>
        )}
      </div>
      <ReadinessBanner />
      <p className="muted">
        A population is the complete listing of one kind of event in the period, exported from the system that records it: hires, leavers, production changes, incidents. Samples for each
        per-event control are drawn from it, and the auditor will reconcile it with the source.
      </p>
      {importing && <PopulationImport controls={context.controls} period={context.period} onImported={onImported} onClose={() => setImporting(false)} />}
      {imported && (
        <div className={`message ${imported.notes.length > 0 ? 'testing-message--warn' : 'testing-message--ok'}`} role="status">
          <div>
            <p className="message__title">
              Imported {imported.population.ref} “{imported.population.name}”: {imported.population.rowCount.toLocaleString()} rows.
            </p>
            {imported.notes.length > 0 && (
              <ul className="notes-list">
                {imported.notes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="button button--quiet" onClick={() => setImported(null)}>
            Dismiss
          </button>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      {populations.length === 0 ? (
        !importing && (
          <div className="card empty-state">
            <h3>No populations yet</h3>
            <p>
              Start with the listings auditors always ask for: new hires and leavers from the HR system, and production changes from the ticket system, each for the whole review period. Export
              them as CSV and import them here with where they came from.
            </p>
          </div>
        )
      ) : (
        <table className="table table--dense">
          <caption className="visually-hidden">Populations</caption>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Name</th>
              <th scope="col">Source</th>
              <th scope="col">Range covered</th>
              <th scope="col" className="table__num">
                Rows
              </th>
              <th scope="col">Controls</th>
              <th scope="col" className="table__num">
                Samples
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {populations.map((population) => (
              <tr key={population.id} className={open?.id === population.id ? 'is-selected' : undefined}>
                <td className="table__nowrap">{population.ref}</td>
                <td className="table__name">
                  {population.name}
                  {population.notes.length > 0 && (
                    <>
                      {' '}
                      <span className="chip chip--warn">{population.notes.length} import note{population.notes.length === 1 ? '' : 's'}</span>
                    </>
                  )}
                </td>
                <td>{population.sourceSystem}</td>
                <td className="table__nowrap">{dateRange(population.coversFrom, population.coversTo)}</td>
                <td className="table__num">{population.rowCount.toLocaleString()}</td>
                <td>{population.controls.map((control) => control.ref).join(', ') || <span className="muted">none yet</span>}</td>
                <td className="table__num">{population.samples}</td>
                <td>
                  <div className="testing-actions">
                    <button type="button" className="button button--quiet" aria-expanded={open?.id === population.id && open.view === 'rows'} onClick={() => setOpen(open?.id === population.id && open.view === 'rows' ? null : { id: population.id, view: 'rows' })}>
                      Rows<span className="visually-hidden"> of {population.ref}</span>
                    </button>
                    <button type="button" className="button button--quiet" aria-expanded={open?.id === population.id && open.view === 'details'} onClick={() => setOpen(open?.id === population.id && open.view === 'details' ? null : { id: population.id, view: 'details' })}>
                      Details<span className="visually-hidden"> of {population.ref}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && open?.view === 'rows' && (
        <section className="test-section" aria-label={`Rows of ${selected.ref}`}>
          <h3>
            {selected.ref} {selected.name}
          </h3>
          <PopulationRows population={selected} />
        </section>
      )}
      {selected && open?.view === 'details' && (
        <div className="test-section">
          <PopulationDetails
            key={selected.id}
            population={selected}
            onSave={(patch) => void run(() => api.call('population.update', { id: selected.id, patch }))}
            onRemove={() =>
              void run(async () => {
                await api.call('population.remove', { id: selected.id });
                setOpen(null);
              })
            }
          />
        </div>
      )}
    </section>
  );
}
