import { useCallback, useEffect, useId, useState } from 'react';
import type { EvidenceDetailView, EvidenceOverview } from '../../../../core/api/evidence-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import '../../styles/evidence.css';
import { formatBytes } from './evidence-files';
import { EvidenceDetails, type EvidencePatch } from './EvidenceDetails';
import { EvidenceGuide } from './EvidenceGuide';
import { EvidenceIntake } from './EvidenceIntake';
import { EvidenceList, type EvidenceFilter } from './EvidenceList';

/**
 * Step 4's evidence: add files, find them again (search and filters over a virtualised list), and
 * open one to view it and describe it. An empty workspace shows what auditors usually expect.
 */
export function EvidencePanel({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [overview, setOverview] = useState<EvidenceOverview | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filter, setFilter] = useState<EvidenceFilter>({ search: '', controlRef: '', method: '' });
  const [reloadKey, setReloadKey] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<EvidenceDetailView | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const searchId = useId();
  const controlId = useId();
  const methodId = useId();

  const refreshOverview = useCallback(() => api.call('evidence.overview').then(setOverview, setLoadError), [api]);
  useEffect(() => void refreshOverview(), [refreshOverview]);
  useEffect(() => {
    if (!selected) return setDetail(null);
    let current = true;
    api.call('evidence.get', { ref: selected }).then(
      (next) => current && setDetail(next),
      () => current && setDetail(null),
    );
    return () => {
      current = false;
    };
  }, [api, selected]);

  const afterChange = useCallback(() => {
    setReloadKey((key) => key + 1);
    void refreshOverview();
    onChanged();
  }, [refreshOverview, onChanged]);
  const { run, status, error, clearError } = useSave(afterChange);

  const save = (patch: EvidencePatch) => {
    if (!detail) return;
    void run(async () => setDetail(await api.call('evidence.update', { ref: detail.ref, patch })));
  };
  const remove = () => {
    if (!detail) return;
    void run(async () => {
      await api.call('evidence.remove', { ref: detail.ref });
      setSelected(null);
    });
  };
  const onAdded = useCallback(
    (firstRef: string | null) => {
      afterChange();
      if (firstRef) setSelected(firstRef);
    },
    [afterChange],
  );
  const onTotal = useCallback((total: number) => setShown(total), []);

  if (!overview) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading evidence…</p>;
  const empty = overview.totals.items === 0;

  return (
    <div className="evidence-panel stack">
      {/* One intake in one place whether or not the workspace is empty, so its progress and result
          survive the first import turning the empty state into the list. */}
      <section className={empty ? 'card empty-state evidence-empty' : 'evidence-intake-wrap'} aria-labelledby="evidence-intake-heading">
        <h3 id="evidence-intake-heading">{empty ? 'No evidence yet — drag files here, or see what auditors usually expect for this control' : 'Add evidence'}</h3>
        {!empty && (
          <p className="evidence-panel__summary">
            <strong>{overview.totals.items.toLocaleString()}</strong> evidence item{overview.totals.items === 1 ? '' : 's'}, {formatBytes(overview.totals.bytes)}, stored inside the workspace.
          </p>
        )}
        <div className={empty ? 'evidence-empty__grid' : undefined}>
          {!overview.readOnly && <EvidenceIntake overview={overview} onAdded={onAdded} />}
          {empty && <EvidenceGuide controls={overview.controls} />}
        </div>
      </section>

      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>

      {!empty && (
        <section aria-labelledby="evidence-list-title">
          <h3 id="evidence-list-title">Evidence list</h3>
          <div className="evidence-filters" role="search">
            <div className="field">
              <label htmlFor={searchId} className="field__label">Search</label>
              <input id={searchId} type="search" value={filter.search} placeholder="for example okta, EV-0012 or access review" onChange={(event) => setFilter({ ...filter, search: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={controlId} className="field__label">Control</label>
              <select id={controlId} value={filter.controlRef} onChange={(event) => setFilter({ ...filter, controlRef: event.target.value })}>
                <option value="">All controls</option>
                {overview.controls.map((control) => (
                  <option key={control.ref} value={control.ref}>
                    {control.ref} ({control.evidenceCount}) {control.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={methodId} className="field__label">Kind</label>
              <select id={methodId} value={filter.method} onChange={(event) => setFilter({ ...filter, method: event.target.value as EvidenceFilter['method'] })}>
                <option value="">All kinds</option>
                <option value="export">Exports</option>
                <option value="screenshot">Screenshots</option>
                <option value="document">Documents</option>
                <option value="attestation">Attestations</option>
              </select>
            </div>
            <span className="muted evidence-filters__count" aria-live="polite">
              {shown !== null && shown !== overview.totals.items ? `${shown.toLocaleString()} of ${overview.totals.items.toLocaleString()} shown` : ''}
            </span>
          </div>
          <div className="evidence-browser">
            <EvidenceList filter={filter} reloadKey={reloadKey} selected={selected} onSelect={setSelected} onTotal={onTotal} />
            {detail ? (
              <EvidenceDetails key={detail.ref} item={detail} controls={overview.controls} readOnly={overview.readOnly} onSave={save} onRemove={remove} />
            ) : (
              <p className="muted evidence-browser__hint">Choose an item to see it, describe it and link it to controls. Use the arrow keys in the list.</p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
