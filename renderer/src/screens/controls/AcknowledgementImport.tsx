import { useId, useState } from 'react';
import type { AcknowledgementImportResult, DateOrder, PolicyView } from '../../../../core/api/policy-types';
import type { CsvPreviewView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AcknowledgementResult } from './AcknowledgementResult';

const MAX_BYTES = 5_000_000;
const DATE_ORDER_LABELS: Record<DateOrder, string> = { ymd: 'Year first (2026-03-04)', dmy: 'Day first (04/03/2026)', mdy: 'Month first (03/04/2026)' };

interface Props {
  policies: PolicyView[];
  /** Import for this policy (the policy's own page); null on the register, where the file names the policy. */
  fixedPolicy: number | null;
  onImported(): void;
  onClose(): void;
}

/**
 * Acknowledgements from any HR or e-signature tool's CSV export: choose the file, check which column
 * holds each field (guessed from the headings, changeable) and how dates are written, then import.
 * Rows that cannot be read are listed with their row number and reason, never dropped silently.
 */
export function AcknowledgementImport({ policies, fixedPolicy, onImported, onClose }: Props) {
  const api = useApi();
  const titleId = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<CsvPreviewView | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [policyId, setPolicyId] = useState<number | null>(fixedPolicy);
  const [dateOrder, setDateOrder] = useState<DateOrder>('ymd');
  const [result, setResult] = useState<AcknowledgementImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const approved = policies.filter((policy) => policy.inForce !== null);

  const choose = async (file: File | undefined) => {
    setResult(null);
    setPreview(null);
    setError(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is ${Math.round(file.size / 1024)} KB; files up to 5 MB can be imported. Split it into smaller files and import them one by one.`);
    const content = await file.text();
    setFileName(file.name);
    setText(content);
    try {
      const next = await api.call('policy.previewAcknowledgements', { csv: content });
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
      const outcome = await api.call('policy.importAcknowledgements', { csv: text, mapping, policyId, dateOrder, fileName });
      setResult(outcome);
      if (outcome.imported > 0) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const policyMapped = mapping['policy'] !== null && mapping['policy'] !== undefined;
  return (
    <section className="card ctl-panel csv-import" aria-labelledby={titleId}>
      <div className="toolbar toolbar--spread">
        <h3 id={titleId}>Import acknowledgements from a CSV file</h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close import
        </button>
      </div>
      {approved.length === 0 ? (
        <p className="empty-state">Acknowledgements count for approved versions only. Approve a policy first, then import who acknowledged it.</p>
      ) : (
        <>
          <label className="field">
            <span className="field__label">CSV file</span>
            <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
            <span className="field__hint">An export from your HR, e-learning or e-signature tool: one row per person and policy, with a name or e-mail and the date. Commas, semicolons or tabs.</span>
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
                      <span className="field__hint">e.g. {field.example}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="form-grid">
                <label className="field">
                  <span className="field__label">{policyMapped ? 'Rows without a policy are for' : 'Every row is for'}</span>
                  <select value={policyId ?? ''} onChange={(e) => setPolicyId(e.target.value === '' ? null : Number(e.target.value))}>
                    <option value="">{policyMapped ? '— the policy named in the row —' : '— choose a policy —'}</option>
                    {approved.map((policy) => (
                      <option key={policy.id} value={policy.id}>
                        {policy.ref} {policy.title}
                      </option>
                    ))}
                  </select>
                  <span className="field__hint">The policy column may hold the title (Access Control Policy) or the ID (POL-ACC).</span>
                </label>
                <label className="field">
                  <span className="field__label">Dates are written</span>
                  <select value={dateOrder} onChange={(e) => setDateOrder(e.target.value as DateOrder)}>
                    {(Object.keys(DATE_ORDER_LABELS) as DateOrder[]).map((order) => (
                      <option key={order} value={order}>
                        {DATE_ORDER_LABELS[order]}
                      </option>
                    ))}
                  </select>
                  <span className="field__hint">Dates with a month name (4 Mar 2026) are always read.</span>
                </label>
              </div>
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
              <button type="button" className="button button--primary" onClick={() => void importRows()} disabled={busy || preview.rowCount === 0 || (!policyMapped && policyId === null)}>
                Import {preview.rowCount} row{preview.rowCount === 1 ? '' : 's'}
              </button>
            </div>
          )}
          {result && <AcknowledgementResult result={result} />}
        </>
      )}
    </section>
  );
}
