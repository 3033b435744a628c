import { useState, type FormEvent } from 'react';
import type { ReviewStateView } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useReviewEdit } from './use-review-edit';

type Review = NonNullable<ReviewStateView['review']>;

/** The auditor's requests (PBC items): added here, sent in the review file, tracked by the client in step 5. */
export function ReviewRequests({ review }: { review: Review }) {
  const api = useApi();
  const { edit, status, error, clearError } = useReviewEdit();
  const [reference, setReference] = useState('');
  const [request, setRequest] = useState('');
  const [dueDate, setDueDate] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (request.trim() === '') return;
    const saved = await edit(() => api.call('review.addRequest', { reference: reference.trim(), request: request.trim(), dueDate: dueDate === '' ? null : dueDate }));
    if (saved) {
      setReference('');
      setRequest('');
      setDueDate('');
    }
  };

  return (
    <section className="card" aria-labelledby="review-requests-heading">
      <h2 id="review-requests-heading">Requests to the client</h2>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <form onSubmit={(e) => void add(e)} className="review-form">
        <div className="review-form__row">
          <label className="field review-form__narrow">
            <span className="field__label">Reference</span>
            <input value={reference} onChange={(e) => setReference(e.target.value)} placeholder="e.g. R-07" maxLength={100} />
          </label>
          <label className="field review-form__narrow">
            <span className="field__label">Due date</span>
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
            <span className="field__hint">Optional, e.g. 2026-12-15</span>
          </label>
        </div>
        <label className="field">
          <span className="field__label">Request</span>
          <textarea value={request} onChange={(e) => setRequest(e.target.value)} rows={3} maxLength={5000} placeholder="e.g. The population of production changes deployed between 1 April and 30 September, exported from the deployment pipeline." required />
        </label>
        <button type="submit" className="button button--primary" disabled={request.trim() === ''}>
          Add request
        </button>
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </form>
      {review.requests.length === 0 ? (
        <p className="empty-state">No requests yet. Ask for what you need to test — a population, a listing, evidence of one occurrence — and the client sees each request in their step 5 list.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Requests in this review file</caption>
            <thead>
              <tr>
                <th scope="col">Ref.</th>
                <th scope="col">Request</th>
                <th scope="col">Due</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {review.requests.map((item) => (
                <tr key={item.id}>
                  <td>{item.reference || '—'}</td>
                  <td>{item.request}</td>
                  <td>{item.dueDate ?? '—'}</td>
                  <td className="table__actions">
                    <button type="button" className="button button--quiet" onClick={() => void edit(() => api.call('review.removeItem', { id: item.id }))} aria-label={`Remove request ${item.reference || item.request.slice(0, 40)}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
