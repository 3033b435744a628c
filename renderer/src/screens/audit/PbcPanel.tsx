import { useCallback, useEffect, useState } from 'react';
import type { PbcView } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { AuditSectionProps } from './AuditStep';
import { PbcForm, type PbcDraft } from './PbcForm';
import { PbcImport } from './PbcImport';
import { AuditorReviewItems } from '../review/AuditorReviewItems';
import { ReviewFileImport } from '../review/ReviewFileImport';
import { PBC_STATUS_LABELS, PBC_STATUSES } from './pbc-labels';

/**
 * The auditor's request list ("provided by client"): import it from the auditor's spreadsheet or
 * enter requests as they arrive; each has a status, an owner, a due date and the evidence that answers it.
 */
export function PbcPanel({ onSaved }: AuditSectionProps) {
  const api = useApi();
  const [items, setItems] = useState<PbcView[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [importingReview, setImportingReview] = useState(false);
  const [reviewImports, setReviewImports] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const reload = useCallback(() => api.call('pbc.list').then(setItems, setLoadError), [api]);
  const afterSave = useCallback(() => {
    void reload();
    onSaved();
  }, [reload, onSaved]);
  const { run, status, error, clearError } = useSave(afterSave);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!items) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the request list…</p>;

  const add = async (draft: PbcDraft) => (await run(() => api.call('pbc.add', draft))) !== undefined;
  const update = async (id: number, draft: Partial<PbcDraft>) => (await run(() => api.call('pbc.update', { id, ...draft }))) !== undefined;
  const outstanding = items.filter((item) => item.status === 'open' || item.status === 'in-progress').length;

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setAdding(true)} disabled={adding}>
          Add a request
        </button>
        <button type="button" className="button" onClick={() => setImporting(true)} disabled={importing}>
          Import the request list from CSV…
        </button>
        <button type="button" className="button" onClick={() => setImportingReview(true)} disabled={importingReview}>
          Import the auditor’s review file…
        </button>
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </div>
      {importing && <PbcImport onImported={afterSave} onClose={() => setImporting(false)} />}
      {importingReview && (
        <ReviewFileImport
          onImported={() => {
            afterSave();
            setReviewImports((n) => n + 1);
          }}
          onClose={() => setImportingReview(false)}
        />
      )}
      {adding && (
        <section className="card" aria-labelledby="pbc-add-heading">
          <h3 id="pbc-add-heading">New request</h3>
          <PbcForm
            submitLabel="Add request"
            onSubmit={async (draft) => {
              if (await add(draft)) setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      {items.length === 0 ? (
        <p className="card empty-state">
          No requests yet. When the CPA firm sends its request list (usually a spreadsheet a few weeks before fieldwork), import it from CSV, or add requests one by one as they arrive.
        </p>
      ) : (
        <>
          <p className="muted">
            {items.length} request{items.length === 1 ? '' : 's'}, {outstanding} outstanding.
          </p>
          <div className="table-scroll">
            <table className="table pbc-table">
              <caption className="visually-hidden">Auditor requests</caption>
              <thead>
                <tr>
                  <th scope="col">Ref.</th>
                  <th scope="col">Request</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) =>
                  editing === item.id ? (
                    <tr key={item.id}>
                      <td colSpan={6}>
                        <PbcForm
                          initial={item}
                          submitLabel="Save request"
                          onSubmit={async (draft) => {
                            if (await update(item.id, draft)) setEditing(null);
                          }}
                          onCancel={() => setEditing(null)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={item.id}>
                      <td>{item.reference || `PBC-${item.id}`}</td>
                      <td>
                        {item.request}
                        {(item.notes || item.linkedEvidence.length > 0) && (
                          <span className="table__note">{[item.linkedEvidence.length ? `Evidence: ${item.linkedEvidence.join(', ')}` : '', item.notes].filter(Boolean).join(' · ')}</span>
                        )}
                      </td>
                      <td>{item.owner || <span className="muted">Not assigned</span>}</td>
                      <td>{item.dueDate ?? '—'}</td>
                      <td>
                        <select aria-label={`Status of ${item.reference || `request ${item.id}`}`} value={item.status} onChange={(event) => void update(item.id, { status: event.target.value as PbcView['status'] })}>
                          {PBC_STATUSES.map((value) => (
                            <option key={value} value={value}>
                              {PBC_STATUS_LABELS[value]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="table__actions">
                        <button type="button" className="button button--quiet" onClick={() => setEditing(item.id)} aria-label={`Edit ${item.reference || `request ${item.id}`}`}>
                          Edit
                        </button>
                        <button type="button" className="button button--quiet" onClick={() => void run(() => api.call('pbc.remove', { id: item.id }))} aria-label={`Remove ${item.reference || `request ${item.id}`}`}>
                          Remove
                        </button>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      <AuditorReviewItems refreshKey={reviewImports} />
    </div>
  );
}
