import { useState, type FormEvent } from 'react';
import type { ReviewStateView } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { shortHash } from './review-format';
import { useReviewEdit } from './use-review-edit';

/**
 * The auditor's own samples from the client's populations: drawn from a seed (shown, and editable to
 * redo a draw), recorded with the population's SHA-256 and labelled as the auditor's.
 */
export function ReviewSamples({ state }: { state: ReviewStateView }) {
  const api = useApi();
  const { edit, status, error, clearError } = useReviewEdit();
  const populations = state.populations ?? [];
  const [populationRef, setPopulationRef] = useState(populations[0]?.ref ?? '');
  const [size, setSize] = useState('25');
  const [seed, setSeed] = useState('');
  const review = state.review!;

  const draw = async (event: FormEvent) => {
    event.preventDefault();
    const count = Number(size);
    if (!populationRef || !Number.isInteger(count) || count < 1) return;
    if (await edit(() => api.call('review.drawSample', { populationRef, size: count, ...(seed.trim() ? { seed: seed.trim() } : {}) }))) setSeed('');
  };

  return (
    <section className="card" aria-labelledby="review-samples-heading">
      <h2 id="review-samples-heading">Your samples</h2>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      {populations.length === 0 ? (
        <p className="empty-state">
          This workspace has no populations to sample from. Populations are the listings the client imports in step 4 (hires, leavers, changes, incidents); ask for one with a request above, and draw your sample from the next delivery.
        </p>
      ) : (
        <form onSubmit={(e) => void draw(e)} className="review-form">
          <div className="review-form__row">
            <label className="field">
              <span className="field__label">Population</span>
              <select value={populationRef} onChange={(e) => setPopulationRef(e.target.value)}>
                {populations.map((p) => (
                  <option key={p.ref} value={p.ref}>
                    {p.ref} {p.name} ({p.rowCount} rows)
                  </option>
                ))}
              </select>
            </label>
            <label className="field review-form__narrow">
              <span className="field__label">Sample size</span>
              <input type="number" min={1} value={size} onChange={(e) => setSize(e.target.value)} />
              <span className="field__hint">e.g. 25 for a large population</span>
            </label>
            <label className="field review-form__narrow">
              <span className="field__label">Seed (optional)</span>
              <input value={seed} onChange={(e) => setSeed(e.target.value)} placeholder="e.g. 7f3a9c21d0b4e865" maxLength={200} />
              <span className="field__hint">Left blank, a random seed is chosen and recorded.</span>
            </label>
          </div>
          <button type="submit" className="button button--primary" disabled={!populationRef}>
            Draw sample
          </button>
          <span className="save-status" aria-live="polite">
            {status}
          </span>
        </form>
      )}
      {review.samples.length > 0 && (
        <ul className="review-samples">
          {review.samples.map((sample) => (
            <li key={sample.id}>
              <p>
                <strong>
                  {sample.populationRef}: {sample.size} rows
                </strong>{' '}
                <span className="muted">
                  drawn by {sample.drawnBy} with seed <code>{sample.seed}</code> ({sample.algorithm}), population SHA-256 <code title={sample.populationSha256}>{shortHash(sample.populationSha256)}</code>
                </span>
              </p>
              <p className="review-samples__rows">Rows {sample.rows.join(', ')}</p>
              <button type="button" className="button button--quiet" onClick={() => void edit(() => api.call('review.removeItem', { id: sample.id }))} aria-label={`Remove sample from ${sample.populationRef}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
