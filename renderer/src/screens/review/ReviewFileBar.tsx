import { useState, type FormEvent } from 'react';
import type { ReviewStateView } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useReviewEdit } from './use-review-edit';

type Review = NonNullable<ReviewStateView['review']>;

/** Where the review file is, who is reviewing (saved with every entry), and "Save as…". */
export function ReviewFileBar({ review }: { review: Review }) {
  const api = useApi();
  const { edit, status, error, clearError } = useReviewEdit();
  const [name, setName] = useState(review.reviewer.name);
  const [firm, setFirm] = useState(review.reviewer.firm);
  const [target, setTarget] = useState('');
  const desktop = api.kind === 'desktop' && window.soc2shell !== undefined;

  const saveReviewer = () => {
    if (name.trim() === '' || (name.trim() === review.reviewer.name && firm.trim() === review.reviewer.firm)) return;
    void edit(() => api.call('review.setReviewer', { name: name.trim(), firm: firm.trim() }));
  };

  const saveAs = async (event?: FormEvent) => {
    event?.preventDefault();
    const path = desktop ? await window.soc2shell!.chooseWorkspace({ purpose: 'save-review-file' }) : target.trim();
    if (!path) return;
    if (await edit(() => api.call('review.save', { path }))) setTarget('');
  };

  return (
    <section className="card" aria-labelledby="review-file-heading">
      <h2 id="review-file-heading">Your review file</h2>
      <p>
        Everything you record on this page is saved at once in <code className="review-path">{review.path}</code>{' '}
        {review.saved ? <span className="pill report-pill--passed">Saved</span> : <span className="pill pill--warn">Created with your first entry</span>}
      </p>
      <p className="muted">Send this small file to the client: they import it, and your requests appear in their request list. The client’s workspace is never changed by you, and your file never by them.</p>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className="form-grid">
        <label className="field">
          <span className="field__label">Reviewer</span>
          <input value={name} onChange={(e) => setName(e.target.value)} onBlur={saveReviewer} placeholder="e.g. Dana Whitfield" maxLength={200} required />
          <span className="field__hint">Shown to the client with every request and note.</span>
        </label>
        <label className="field">
          <span className="field__label">Firm</span>
          <input value={firm} onChange={(e) => setFirm(e.target.value)} onBlur={saveReviewer} placeholder="e.g. Ledger & Vale LLP" maxLength={200} />
          <span className="field__hint">The CPA firm performing the examination.</span>
        </label>
      </div>
      {desktop ? (
        <button type="button" className="button" onClick={() => void saveAs()}>
          Save the review file as…
        </button>
      ) : (
        <form className="inline-form" onSubmit={(e) => void saveAs(e)}>
          <label className="field field--grow">
            <span className="field__label">Save the review file as (full path)</span>
            <input value={target} onChange={(e) => setTarget(e.target.value)} placeholder="/home/me/Reviews/Acme 2026 review.soc2review" />
          </label>
          <button type="submit" className="button" disabled={target.trim() === ''}>
            Save as
          </button>
        </form>
      )}
      <p className="save-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
