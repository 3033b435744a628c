import { useId, useState } from 'react';
import type { ReadinessTestView } from '../../../../core/api/testing-types';

interface DrawRequest {
  source: 'population' | 'occurrences';
  populationId?: number;
  size?: number;
  seed?: string;
}

/**
 * Draws a sample: from a population (per-event controls) or from the control's expected occurrences
 * (periodic ones). The size starts at the engagement table's suggestion; the seed is made up when left
 * blank, and recorded either way so the draw can be repeated.
 */
export function DrawSampleForm({ view, onDraw }: { view: ReadinessTestView; onDraw(request: DrawRequest): void }) {
  const id = useId();
  const periodic = view.control.frequency !== 'per-event' && view.occurrences.expected > 0;
  const ordered = [...view.populations].sort((a, b) => Number(b.linked) - Number(a.linked) || a.id - b.id);
  const initial = periodic && !ordered.some((population) => population.linked) ? 'occurrences' : ordered[0] ? `population:${ordered[0].id}` : periodic ? 'occurrences' : '';
  const [source, setSource] = useState(initial);
  const [size, setSize] = useState('');
  const [seed, setSeed] = useState('');

  const population = source.startsWith('population:') ? view.populations.find((candidate) => candidate.id === Number(source.slice(11))) : undefined;
  const suggestion = population ? population.suggestion : source === 'occurrences' ? view.occurrences.suggestion : null;

  if (!periodic && view.populations.length === 0) {
    return (
      <div className="card empty-state">
        <h4>Nothing to sample yet</h4>
        <p>{view.occurrences.note} Import the listing under Populations first.</p>
      </div>
    );
  }

  const draw = () => {
    const chosenSize = size.trim() === '' ? undefined : Number(size);
    onDraw({
      source: population ? 'population' : 'occurrences',
      ...(population ? { populationId: population.id } : {}),
      ...(chosenSize !== undefined && Number.isFinite(chosenSize) ? { size: chosenSize } : {}),
      ...(seed.trim() ? { seed: seed.trim() } : {}),
    });
    setSeed('');
    setSize('');
  };

  return (
    <section className="testing-form" aria-labelledby={id}>
      <h4 id={id}>Draw a sample</h4>
      <div className="field-row">
        <label className="field">
          <span className="field__label">Draw from</span>
          <select value={source} onChange={(event) => setSource(event.target.value)}>
            {periodic && <option value="occurrences">Occurrences in the period ({view.occurrences.expected})</option>}
            {ordered.map((candidate) => (
              <option key={candidate.id} value={`population:${candidate.id}`}>
                {candidate.ref} {candidate.name} ({candidate.rowCount.toLocaleString()} rows){candidate.linked ? ', linked' : ''}
              </option>
            ))}
          </select>
          <span className="field__hint">{population ? 'Per-event controls are tested on a sample of the events in a population.' : view.occurrences.note}</span>
        </label>
        <label className="field">
          <span className="field__label">Sample size</span>
          <input type="number" min={1} inputMode="numeric" value={size} placeholder={suggestion ? String(suggestion.size) : ''} onChange={(event) => setSize(event.target.value)} />
          <span className="field__hint">{suggestion ? `Suggested ${suggestion.size}: ${suggestion.basis}. Leave blank to use it.` : 'For example 5.'}</span>
        </label>
        <label className="field">
          <span className="field__label">Seed</span>
          <input value={seed} maxLength={64} onChange={(event) => setSeed(event.target.value)} />
          <span className="field__hint">Leave blank to have one made up, or give your own, for example “leavers-2026-q3”. The same seed and population always give the same rows.</span>
        </label>
      </div>
      <button type="button" className="button button--primary" onClick={draw} disabled={source === ''}>
        Draw sample
      </button>
    </section>
  );
}
