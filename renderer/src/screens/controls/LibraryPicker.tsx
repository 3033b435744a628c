import { useMemo, useState } from 'react';
import type { ControlsStepView } from '../../../../core/api/control-types';
import { useApi } from '../../app/api-context';
import { FREQUENCY_LABELS } from './labels';
import type { Run } from './run';

/** The library controls not adopted yet, each adopted with one click. */
export function LibraryPicker({ library, run, onClose }: { library: ControlsStepView['library']; run: Run; onClose(): void }) {
  const api = useApi();
  const [text, setText] = useState('');
  const [recommendedOnly, setRecommendedOnly] = useState(false);
  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return library.filter((control) => (!recommendedOnly || control.recommended) && words.every((word) => `${control.catalogId} ${control.title} ${control.area} ${control.criteria.join(' ')}`.toLowerCase().includes(word)));
  }, [library, text, recommendedOnly]);

  return (
    <section className="card ctl-panel" aria-labelledby="ctl-library-title">
      <div className="toolbar toolbar--spread">
        <h2 id="ctl-library-title">Add from the library</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {library.length === 0 ? (
        <p className="empty-state">Every control of the library is adopted. Write one of your own for anything the library does not cover.</p>
      ) : (
        <>
          <div className="toolbar table-filters">
            <label className="field ctl-search">
              <span className="field__label">Search the library</span>
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. backup, vendor or PI1.2" />
            </label>
            <label className="choice">
              <input type="checkbox" checked={recommendedOnly} onChange={(e) => setRecommendedOnly(e.target.checked)} />
              <span>Recommended for your scope only</span>
            </label>
            <p className="muted" aria-live="polite">
              {shown.length} of {library.length} not adopted yet
            </p>
          </div>
          <ul className="ctl-library" aria-label="Library controls not adopted">
            {shown.map((control) => (
              <li key={control.catalogId} className="ctl-library__item">
                <span className="ctl-ref">{control.catalogId}</span>
                <span className="ctl-library__title">
                  {control.title}
                  <span className="table__note">
                    {control.area} · {FREQUENCY_LABELS[control.frequency]} · {control.criteria.join(', ')}
                  </span>
                </span>
                {control.recommended && <span className="pill pill--accent">Recommended</span>}
                <button type="button" className="button" aria-label={`Adopt ${control.catalogId} ${control.title}`} onClick={() => void run(() => api.call('controls.adopt', { catalogIds: [control.catalogId] }))}>
                  Adopt
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
