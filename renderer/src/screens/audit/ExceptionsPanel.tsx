import { useCallback, useEffect, useId, useState } from 'react';
import type { AuditExceptionView } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { AuditSectionProps } from './AuditStep';
import { ExceptionCard } from './ExceptionCard';

type NewException = { reference: string; raisedOn: string | null; controlRef: string; description: string; severity: AuditExceptionView['severity'] };
const EMPTY: NewException = { reference: '', raisedOn: null, controlRef: '', description: '', severity: 'medium' };

/**
 * Exceptions the auditor raises during fieldwork, each with management's response. These are the
 * auditor's findings as they communicated them; the app records them, it does not make them.
 */
export function ExceptionsPanel({ onSaved }: AuditSectionProps) {
  const api = useApi();
  const id = useId();
  const [items, setItems] = useState<AuditExceptionView[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<NewException | null>(null);
  const reload = useCallback(() => api.call('auditException.list').then(setItems, setLoadError), [api]);
  const afterSave = useCallback(() => {
    void reload();
    onSaved();
  }, [reload, onSaved]);
  const { run, status, error, clearError } = useSave(afterSave);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!items) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading exceptions…</p>;

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setDraft(EMPTY)} disabled={draft !== null}>
          Record an exception
        </button>
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </div>
      {draft && (
        <form
          className="card"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => api.call('auditException.add', draft)).then((added) => {
              if (added) setDraft(null);
            });
          }}
        >
          <h3 id={`${id}-title`}>Exception raised by the auditor</h3>
          <div className="form-grid">
            <label className="field" htmlFor={`${id}-ref`}>
              <span className="field__label">Auditor’s reference</span>
              <input id={`${id}-ref`} value={draft.reference} maxLength={100} placeholder="e.g. EX-03" onChange={(e) => setDraft({ ...draft, reference: e.target.value })} />
            </label>
            <label className="field" htmlFor={`${id}-raised`}>
              <span className="field__label">Raised on</span>
              <input id={`${id}-raised`} type="date" value={draft.raisedOn ?? ''} onChange={(e) => setDraft({ ...draft, raisedOn: e.target.value || null })} />
            </label>
            <label className="field" htmlFor={`${id}-control`}>
              <span className="field__label">Control</span>
              <input id={`${id}-control`} value={draft.controlRef} maxLength={100} placeholder="e.g. ACC-06" onChange={(e) => setDraft({ ...draft, controlRef: e.target.value })} />
            </label>
            <label className="field" htmlFor={`${id}-severity`}>
              <span className="field__label">Severity</span>
              <select id={`${id}-severity`} value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.target.value as NewException['severity'] })}>
                <option value="low">Low</option>
                <option value="medium">Medium</option>
                <option value="high">High</option>
              </select>
            </label>
          </div>
          <label className="field" htmlFor={`${id}-description`}>
            <span className="field__label">What the auditor found</span>
            <textarea
              id={`${id}-description`}
              rows={3}
              required
              maxLength={5000}
              value={draft.description}
              placeholder="e.g. For 1 of 25 sampled leavers, access to the identity provider was removed 6 days after the last working day."
              onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            />
          </label>
          <div className="inline-actions">
            <button type="submit" className="button button--primary" disabled={draft.description.trim() === ''}>
              Record exception
            </button>
            <button type="button" className="button button--quiet" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {items.length === 0 ? (
        <p className="card empty-state">No exceptions recorded. If the auditor raises one during fieldwork, record it here with management’s response; both appear in the package.</p>
      ) : (
        <ul className="exception-list">
          {items.map((item) => (
            <ExceptionCard
              key={item.id}
              item={item}
              onRespond={(response) => run(() => api.call('auditException.respond', { id: item.id, response })).then((saved) => saved !== undefined)}
              onStatus={(next) => void run(() => api.call('auditException.setStatus', { id: item.id, status: next }))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
