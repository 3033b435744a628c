import { useId, useState } from 'react';
import type { PbcField, PbcImportPreview, PbcImportResult } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PBC_FIELD_LABELS } from './pbc-labels';

const FIELDS: PbcField[] = ['reference', 'request', 'status', 'owner', 'dueDate', 'notes'];
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Imports the auditor's request list from their spreadsheet, saved as CSV: the columns are matched to
 * the fields from their headings (and can be changed), and rows the app cannot use are listed with
 * their row number and the reason, never dropped silently.
 */
export function PbcImport({ onImported, onClose }: { onImported(): void; onClose(): void }) {
  const api = useApi();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<PbcImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<PbcField, number | null> | null>(null);
  const [result, setResult] = useState<PbcImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setResult(null);
    setError(null);
    setProblem('');
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is larger than 5 MB; a request list is usually far smaller. Check that this is the right file.`);
    const content = await file.text();
    setFileName(file.name);
    setText(content);
    try {
      const next = await api.call('pbc.previewCsv', { csv: content });
      setPreview(next);
      setMapping(next.suggested);
    } catch (caught) {
      setError(caught);
    }
  };

  const importRows = async () => {
    if (text === null || !mapping) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await api.call('pbc.importCsv', { csv: text, mapping });
      setResult(outcome);
      if (outcome.added > 0) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card csv-import" aria-labelledby={`${id}-title`}>
      <div className="csv-import__header">
        <h3 id={`${id}-title`}>Import the request list from a CSV file</h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close import
        </button>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          CSV file
        </label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" aria-describedby={`${id}-file-hint`} onChange={(e) => void choose(e.target.files?.[0])} />
        <span className="field__hint" id={`${id}-file-hint`}>
          The auditor’s request list saved as CSV, with column headings in the first row (for example “Request ID, Description, Owner, Due date, Status”).
        </span>
      </div>
      {problem && <p className="notice notice--warn">{problem}</p>}
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {preview && mapping && (
        <>
          <p>
            {fileName}: {preview.rowCount} row{preview.rowCount === 1 ? '' : 's'}. Check which column holds what:
          </p>
          <fieldset className="mapping form-grid">
            <legend>Columns</legend>
            {FIELDS.map((field) => (
              <div key={field} className="field">
                <label className="field__label" htmlFor={`${id}-${field}`}>
                  {PBC_FIELD_LABELS[field]}
                </label>
                <select
                  id={`${id}-${field}`}
                  value={mapping[field] ?? ''}
                  onChange={(e) => setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">Not in the file</option>
                  {preview.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `Column ${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <button type="button" className="button button--primary" disabled={busy || mapping.request === null} onClick={() => void importRows()}>
            Import {preview.rowCount} request{preview.rowCount === 1 ? '' : 's'}
          </button>
        </>
      )}
      {result && (
        <div className={`notice ${result.problems.length ? 'notice--warn' : 'notice--ok'}`} role="status">
          <p>
            <strong>
              {result.added} request{result.added === 1 ? '' : 's'} imported.
            </strong>
            {result.problems.length > 0 && ` ${result.problems.length} row${result.problems.length === 1 ? ' needs' : 's need'} a look:`}
          </p>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.row}-${p.message}`}>
                  Row {p.row}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
