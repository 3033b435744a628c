import { useCallback, useId, useRef, useState } from 'react';
import type { JobStatus } from '../../../../core/api/types';
import type { PopulationImportResult, ReadinessTestSummary } from '../../../../core/api/testing-types';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { desktopPaths, formatBytes, uploadFiles, type UploadHandle } from '../evidence/evidence-files';
import { FREQUENCY_LABELS } from './testing-labels';

interface Props {
  controls: ReadinessTestSummary[];
  period: { start: string; end: string } | null;
  onImported(result: PopulationImportResult): void;
  onClose(): void;
}

type Encoding = 'auto' | 'utf-8' | 'windows-1252';

/**
 * Import a population listing: the CSV file and where it came from (system, query, who ran it and
 * when, the range it covers). The file is hashed and streamed in as a job with progress and Cancel;
 * what the import noticed (encoding, ragged rows) is shown once it is done.
 */
export function PopulationImport({ controls, period, onImported, onClose }: Props) {
  const api = useApi();
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [sourceSystem, setSourceSystem] = useState('');
  const [query, setQuery] = useState('');
  const [ranBy, setRanBy] = useState('');
  const [ranOn, setRanOn] = useState('');
  const [coversFrom, setCoversFrom] = useState(period?.start ?? '');
  const [coversTo, setCoversTo] = useState(period?.end ?? '');
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [linked, setLinked] = useState<number[]>([]);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const uploadHandle = useRef<UploadHandle | null>(null);

  const finished = useCallback(
    (status: JobStatus) => {
      if (status.state === 'succeeded') onImported(status.result as PopulationImportResult);
      else if (status.error) setError(new ApiCallError(status.error.code, status.error.message));
    },
    [onImported],
  );
  const job = useJob(finished);
  const busy = upload !== null || job.status?.state === 'running';
  const eventControls = controls.filter((summary) => summary.frequency === 'per-event');
  const otherControls = controls.filter((summary) => summary.frequency !== 'per-event');

  const start = async () => {
    setError(null);
    if (!file) return setError(new ApiCallError('BAD_ARGUMENT', 'Choose the CSV file first.'));
    const provenance = { name, sourceSystem, query, ranBy, ranOn: ranOn || null, coversFrom: coversFrom || null, coversTo: coversTo || null, controlIds: linked, encoding };
    try {
      const paths = desktopPaths([file]);
      if (paths) {
        job.follow((await api.call('population.import', { ...provenance, path: paths[0]! })).jobId);
        return;
      }
      setUpload({ sent: 0, total: file.size });
      const handle = uploadFiles([file], (sent, total) => setUpload({ sent, total }));
      uploadHandle.current = handle;
      const [uploaded] = await handle.done;
      setUpload(null);
      job.follow((await api.call('population.import', { ...provenance, upload: uploaded! })).jobId);
    } catch (caught) {
      setUpload(null);
      setError(caught);
    }
  };

  const toggle = (id: number, on: boolean) => setLinked((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  return (
    <section className="testing-form" aria-labelledby={titleId}>
      <div className="testing-toolbar">
        <h3 id={titleId}>Import a population</h3>
        <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
          Close import
        </button>
      </div>
      <p className="muted">
        Export the complete listing for the period from the system of record, as CSV with the column headings in the first row. Record how you produced it: the auditor will ask, and will
        check the row count and the fingerprint.
      </p>
      <label className="field">
        <span className="field__label">CSV file</span>
        <input type="file" accept=".csv,.txt,text/csv,text/plain" disabled={busy} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <span className="field__hint">For example bamboohr_hires_2026-04-01_2026-09-30.csv. Commas, semicolons or tabs; UTF-8, Windows-1252 or UTF-16; up to 512 MB.{file ? ` Chosen: ${file.name}, ${formatBytes(file.size)}.` : ''}</span>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field__label">Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} disabled={busy} />
          <span className="field__hint">For example “New hires, April–September 2026”.</span>
        </label>
        <label className="field">
          <span className="field__label">Source system</span>
          <input value={sourceSystem} onChange={(event) => setSourceSystem(event.target.value)} disabled={busy} />
          <span className="field__hint">The system that produced it, for example “BambooHR” or “Jira (project CHG)”.</span>
        </label>
      </div>
      <label className="field">
        <span className="field__label">Query or filter used</span>
        <textarea rows={2} value={query} onChange={(event) => setQuery(event.target.value)} disabled={busy} />
        <span className="field__hint">For example: report “Hires by start date”, start date 1 April to 30 September 2026, all employment types.</span>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field__label">Run by</span>
          <input value={ranBy} onChange={(event) => setRanBy(event.target.value)} disabled={busy} />
          <span className="field__hint">Who exported it, for example “Sam Ortiz”.</span>
        </label>
        <label className="field">
          <span className="field__label">Run on</span>
          <input type="date" value={ranOn} onChange={(event) => setRanOn(event.target.value)} disabled={busy} />
          <span className="field__hint">The day it was exported, for example 2026-10-02.</span>
        </label>
        <label className="field">
          <span className="field__label">Range covered: from</span>
          <input type="date" value={coversFrom} onChange={(event) => setCoversFrom(event.target.value)} disabled={busy} />
          <span className="field__hint">Usually the first day of the period{period ? ` (${period.start})` : ''}.</span>
        </label>
        <label className="field">
          <span className="field__label">Range covered: to</span>
          <input type="date" value={coversTo} onChange={(event) => setCoversTo(event.target.value)} disabled={busy} />
          <span className="field__hint">Usually the last day of the period{period ? ` (${period.end})` : ''}.</span>
        </label>
      </div>
      <fieldset className="choice-group">
        <legend>Controls this population serves</legend>
        {controls.length === 0 ? (
          <p className="muted">No controls adopted yet: adopt them in step 3. You can link the population later, or by drawing a sample from it.</p>
        ) : (
          <div className="check-list">
            {[...eventControls, ...otherControls].map((summary) => (
              <label key={summary.control.id} className="choice">
                <input type="checkbox" checked={linked.includes(summary.control.id)} disabled={busy} onChange={(event) => toggle(summary.control.id, event.target.checked)} />
                <span>
                  <strong>{summary.control.ref}</strong> {summary.control.title} <span className="muted">({FREQUENCY_LABELS[summary.frequency] ?? summary.frequency})</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <label className="field">
        <span className="field__label">Text encoding</span>
        <select value={encoding} onChange={(event) => setEncoding(event.target.value as Encoding)} disabled={busy}>
          <option value="auto">Detect (UTF-8, or Windows-1252 when the file is not UTF-8)</option>
          <option value="utf-8">UTF-8 only (refuse anything else)</option>
          <option value="windows-1252">Windows-1252 (Excel “CSV” on Windows)</option>
        </select>
        <span className="field__hint">Leave it on Detect unless accented names come out wrong.</span>
      </label>
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {upload && (
        <div className="job-progress" role="group" aria-label="Sending the file">
          <div className="job-progress__row">
            <span className="job-progress__title">Sending the file to the app</span>
            <button type="button" className="button button--quiet" onClick={() => uploadHandle.current?.cancel()}>
              Cancel
            </button>
          </div>
          <progress max={upload.total || 1} value={upload.sent} aria-label="Sending progress" />
        </div>
      )}
      {job.status && <JobProgress status={job.status} onCancel={job.cancel} title="Importing the population" />}
      <div className="testing-form__actions">
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy}>
          Import population
        </button>
      </div>
    </section>
  );
}
