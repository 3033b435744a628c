import { useMemo, useState } from 'react';
import type { ControlsStepView } from '../../../../core/api/control-types';
import type { ImplementationStatus } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { IMPLEMENTATION_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';
import { ControlBulkBar } from './ControlBulkBar';
import { ControlEditor } from './ControlEditor';
import { ControlsTable } from './ControlsTable';
import { filterControls, NO_FILTERS, searchIndex, sortControls, type ControlFilters, type SortKey } from './control-table-model';
import { FREQUENCY_LABELS } from './labels';
import { LibraryPicker } from './LibraryPicker';
import { NewControlForm } from './NewControlForm';
import type { Run } from './run';

type Panel = 'library' | 'new' | null;

/** The adopted controls: guided first action when there are none, then filters, bulk edits and the table. */
export function ControlsTab({ overview, run }: { overview: ControlsStepView; run: Run }) {
  const api = useApi();
  const [filters, setFilters] = useState<ControlFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'ref', ascending: true });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<number | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const index = useMemo(() => searchIndex(overview.controls), [overview.controls]);
  const shown = useMemo(() => sortControls(filterControls(overview.controls, filters, index), sort.key, sort.ascending), [overview.controls, filters, index, sort]);
  const areas = useMemo(() => [...new Set(overview.controls.map((control) => control.area).filter((area) => area !== ''))].sort(), [overview.controls]);
  const left = overview.recommended.notAdopted.length;
  const adoptRecommended = () => void run(() => api.call('controls.adoptRecommended'));
  const set = (patch: Partial<ControlFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const editingControl = overview.controls.find((control) => control.id === editing) ?? null;

  if (overview.controls.length === 0 && panel === null) {
    return (
      <section className="card card--accent ctl-empty" aria-labelledby="ctl-empty-title">
        <h2 id="ctl-empty-title">Start with the controls that fit your scope</h2>
        <p>
          The library’s recommended set for the categories in scope has <strong>{overview.recommended.total} controls</strong>: Security always, and privacy controls only when Privacy is in scope. Each arrives with its
          objective, the criteria it addresses, a readiness test procedure and the evidence auditors usually ask for. Tailor them afterwards, and retire any that do not apply, with a reason.
        </p>
        <div className="inline-actions">
          <button type="button" className="button button--primary" onClick={adoptRecommended}>
            Adopt the recommended set for your scope ({overview.recommended.total} controls)
          </button>
          <button type="button" className="button" onClick={() => setPanel('library')}>
            Choose controls one by one
          </button>
          <button type="button" className="button button--quiet" onClick={() => setPanel('new')}>
            Write a control of your own
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="stack">
      <div className="toolbar">
        {left > 0 && (
          <button type="button" className="button button--primary" onClick={adoptRecommended}>
            Adopt the recommended set ({left} not adopted yet)
          </button>
        )}
        <button type="button" className="button" aria-expanded={panel === 'library'} onClick={() => setPanel(panel === 'library' ? null : 'library')}>
          Add from the library
        </button>
        <button type="button" className="button" aria-expanded={panel === 'new'} onClick={() => setPanel(panel === 'new' ? null : 'new')}>
          Add your own control
        </button>
        {overview.period && <span className="muted ctl-period">Schedules over: {overview.period}</span>}
      </div>

      {panel === 'library' && <LibraryPicker library={overview.library} run={run} onClose={() => setPanel(null)} />}
      {panel === 'new' && <NewControlForm overview={overview} run={run} onClose={() => setPanel(null)} />}

      <div className="toolbar table-filters" role="search" aria-label="Filter the controls">
        <label className="field ctl-search">
          <span className="field__label">Search</span>
          <input type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} placeholder="e.g. access review, CC6.1 or an owner" />
        </label>
        <label className="field">
          <span className="field__label">Status</span>
          <select value={filters.status} onChange={(e) => set({ status: e.target.value as ImplementationStatus | '' })}>
            <option value="">Any status</option>
            {choices(IMPLEMENTATION_LABELS).map((value) => (
              <option key={value} value={value}>
                {IMPLEMENTATION_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Area</span>
          <select value={filters.area} onChange={(e) => set({ area: e.target.value })}>
            <option value="">Every area</option>
            {areas.map((area) => (
              <option key={area} value={area}>
                {area}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Frequency</span>
          <select value={filters.frequency} onChange={(e) => set({ frequency: e.target.value })}>
            <option value="">Any frequency</option>
            {choices(FREQUENCY_LABELS).map((value) => (
              <option key={value} value={value}>
                {FREQUENCY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <div className="ctl-checks">
          <label className="choice">
            <input type="checkbox" checked={filters.owner === 'none'} onChange={(e) => set({ owner: e.target.checked ? 'none' : '' })} />
            <span>Without an owner</span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={filters.keyOnly} onChange={(e) => set({ keyOnly: e.target.checked })} />
            <span>Key controls only</span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={filters.showRetired} onChange={(e) => set({ showRetired: e.target.checked })} />
            <span>Show retired</span>
          </label>
        </div>
        <p className="muted ctl-count" aria-live="polite">
          Showing {shown.length} of {overview.controls.length}
        </p>
      </div>

      <ControlBulkBar ids={[...selected]} run={run} onDone={() => setSelected(new Set())} />
      <ControlsTable rows={shown} sort={sort} onSort={setSort} selected={selected} onSelected={setSelected} onOpen={setEditing} />

      {editingControl && <ControlEditor control={editingControl} overview={overview} run={run} onClose={() => setEditing(null)} />}
    </div>
  );
}
