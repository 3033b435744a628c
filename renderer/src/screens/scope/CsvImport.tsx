import { useId, useState } from 'react';
import type { CsvImportResult, CsvPreviewView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';

const MAX_BYTES = 400_000;

interface Props {
  entity: 'system' | 'vendor';
  /** Plural noun for messages, e.g. "components". */
  noun: string;
  onImported(): void;
  onClose(): void;
}

/**
 * Import from any tool's CSV export: choose the file, check which column feeds which field (guessed
 * from the headings, changeable), import. Rows that cannot be read are listed with their row number
 * and reason; nothing is dropped without saying so.
 */
export function CsvImport({ entity, noun, onImported, onClose }: Props) {
  const api = useApi();
  const titleId = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<CsvPreviewView | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setResult(null);
    setPreview(null);
    setError(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is ${Math.round(file.size / 1024)} KB; files up to 400 KB can be imported. Split it into smaller files and import them one by one.`);
    const content = await file.text();
    setFileName(file.name);
    setText(content);
    try {
      const next = entity === 'system' ? await api.call('system.previewCsv', { csv: content }) : await api.call('vendor.previewCsv', { csv: content });
      setPreview(next);
      setMapping(next.mapping);
    } catch (caught) {
      setError(caught);
    }
  };

  const importRows = async () => {
    if (text === null) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = entity === 'system' ? await api.call('system.importCsv', { csv: text, mapping }) : await api.call('vendor.importCsv', { csv: text, mapping });
      setResult(outcome);
      if (outcome.imported > 0) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card csv-import" aria-labelledby={titleId}>
      <div className="csv-import__header">
        <h3 id={titleId}>Import {noun} from a CSV file</h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close import
        </button>
      </div>
      <label className="field">
        <span className="field__label">CSV file</span>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
        <span className="field__hint">An export from a spreadsheet, CMDB or procurement tool. Commas, semicolons or tabs; the first row must hold the column headings.</span>
      </label>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}

      {preview && !result && (
        <div className="stack">
          <p>
            <strong>{fileName}</strong>: {preview.rowCount} row{preview.rowCount === 1 ? '' : 's'} below the headings.
          </p>
          {preview.problems.map((message) => (
            <p key={message} className="notice notice--warn">
              {message}
            </p>
          ))}
          <fieldset className="mapping">
            <legend>Which column holds each field?</legend>
            <div className="mapping__grid">
              {preview.fields.map((field) => (
                <label key={field.key} className="field">
                  <span className="field__label">
                    {field.label}
                    {field.required ? ' (required)' : ''}
                  </span>
                  <select value={mapping[field.key] ?? ''} onChange={(e) => setMapping({ ...mapping, [field.key]: e.target.value === '' ? null : Number(e.target.value) })}>
                    <option value="">— not in this file —</option>
                    {preview.headers.map((header, index) => (
                      <option key={`${header}-${index}`} value={index}>
                        {header}
                      </option>
                    ))}
                  </select>
                  <span className="field__hint">
                    e.g. {field.example}
                    {field.choices ? ` (one of: ${field.choices.join(', ')})` : ''}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {preview.sample.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption>First rows of the file</caption>
                <thead>
                  <tr>
                    {preview.headers.map((header, index) => (
                      <th key={`${header}-${index}`} scope="col">
                        {header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.sample.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {preview.headers.map((_, index) => (
                        <td key={index}>{row[index] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button type="button" className="button button--primary" onClick={() => void importRows()} disabled={busy || preview.rowCount === 0}>
            Import {preview.rowCount} row{preview.rowCount === 1 ? '' : 's'}
          </button>
        </div>
      )}

      {result && (
        <div className="stack" role="status">
          <p className={result.skipped.length === 0 ? 'ok-text' : undefined}>
            Imported {result.imported} {noun}.{result.skipped.length > 0 ? ` ${result.skipped.length} row${result.skipped.length === 1 ? ' was' : 's were'} not imported:` : ''}
          </p>
          {result.skipped.length > 0 && (
            <table className="table">
              <caption className="visually-hidden">Rows not imported</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Why it was not imported</th>
                  <th scope="col">Its cells</th>
                </tr>
              </thead>
              <tbody>
                {result.skipped.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.message}</td>
                    <td className="table__details">{row.values.join(' | ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.skipped.length > 0 && <p className="muted">Fix these rows in the file and import it again; rows already imported are recognised by name and not duplicated.</p>}
        </div>
      )}
    </section>
  );
}
