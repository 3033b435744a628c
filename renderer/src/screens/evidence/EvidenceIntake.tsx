import { useCallback, useId, useRef, useState, type DragEvent } from 'react';
import type { EvidenceControlView, EvidenceImportResult, EvidenceOverview } from '../../../../core/api/evidence-types';
import type { JobStatus } from '../../../../core/api/types';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { desktopPaths, formatBytes, uploadFiles, type UploadHandle } from './evidence-files';

type Outcome = { kind: 'done'; result: EvidenceImportResult } | { kind: 'cancelled' } | null;

/**
 * Adding evidence: drop files on the zone or choose them, optionally linked to a control and dated
 * first. Browser mode uploads them to the local app (progress, Cancel), then the import job hashes
 * and stores them (progress, Cancel); the desktop app imports straight from their paths.
 */
export function EvidenceIntake({ overview, onAdded }: { overview: EvidenceOverview; onAdded(firstRef: string | null): void }) {
  const api = useApi();
  const [control, setControl] = useState('');
  const [asOf, setAsOf] = useState('');
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<{ handle: UploadHandle; sent: number; total: number; name: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<unknown>(null);
  const picker = useRef<HTMLInputElement>(null);
  const controlId = useId();
  const dateId = useId();
  const hintId = useId();

  const finished = useCallback(
    (status: JobStatus) => {
      if (status.state === 'succeeded') {
        const result = status.result as EvidenceImportResult;
        setOutcome({ kind: 'done', result });
        onAdded(result.added[0]?.ref ?? null);
      } else if (status.state === 'cancelled') {
        setOutcome({ kind: 'cancelled' });
        onAdded(null);
      } else if (status.error) {
        setError(new ApiCallError(status.error.code, status.error.message));
        onAdded(null);
      }
    },
    [onAdded],
  );
  const job = useJob(finished);
  const busy = upload !== null || job.status?.state === 'running';
  const linked: EvidenceControlView | undefined = overview.controls.find((c) => c.ref === control);

  const add = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setError(null);
    setOutcome(null);
    const metadata = { ...(control ? { controls: [control], criteria: linked?.criteria.slice(0, 3) ?? [] } : {}), ...(asOf ? { coversTo: asOf } : {}) };
    try {
      const paths = desktopPaths(files);
      if (paths) {
        job.follow((await api.call('evidence.import', { paths, metadata })).jobId);
        return;
      }
      if (!overview.uploads) throw new ApiCallError('NOT_AVAILABLE', 'This window cannot read the files’ locations. Update the desktop app, or add the files with the command line: npm run soc2 -- evidence add <workspace> <files…>');
      const handle = uploadFiles(files, (sent, total, name) => setUpload((before) => (before ? { ...before, sent, total, name } : before)));
      setUpload({ handle, sent: 0, total: files.reduce((sum, file) => sum + file.size, 0), name: files[0]!.name });
      const uploads = await handle.done.finally(() => setUpload(null));
      job.follow((await api.call('evidence.import', { uploads, metadata })).jobId);
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.code === 'CANCELLED') setOutcome({ kind: 'cancelled' });
      else setError(caught);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void add([...event.dataTransfer.files]);
  };

  const uploadStatus: JobStatus | null = upload
    ? { id: 'upload', kind: 'upload', state: 'running', done: upload.sent, total: upload.total, label: `Sending ${upload.name} to the app (${formatBytes(upload.sent)} of ${formatBytes(upload.total)})`, result: null, error: null }
    : null;

  return (
    <div className="evidence-intake">
      <div className="evidence-intake__options">
        <div className="field">
          <label htmlFor={controlId} className="field__label">Link new files to</label>
          <select id={controlId} value={control} onChange={(event) => setControl(event.target.value)} disabled={busy}>
            <option value="">No control yet (for example ACC-06)</option>
            {overview.controls.map((c) => (
              <option key={c.ref} value={c.ref}>
                {c.ref} {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={dateId} className="field__label">Date the new files show (optional)</label>
          <input id={dateId} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} disabled={busy} aria-describedby={hintId} />
          <span className="field__hint" id={hintId}>
            Their as-of date, for example 2026-06-30. A period can be set afterwards.
          </span>
        </div>
      </div>
      <div
        className={`evidence-drop${dragging ? ' evidence-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="evidence-drop__title">Drop files here</p>
        <p className="muted">Any type and size: exports, screenshots, PDFs, recordings. Each file is hashed (SHA-256) as it is stored; the same file added twice is kept once.</p>
        <button type="button" className="button button--primary" onClick={() => picker.current?.click()} disabled={busy || overview.readOnly}>
          Choose files…
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Evidence files"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void add(files);
          }}
        />
      </div>
      {uploadStatus && <JobProgress status={uploadStatus} title="Uploading evidence" onCancel={() => upload?.handle.cancel()} />}
      {job.status && <JobProgress status={job.status} title="Adding evidence" onCancel={job.cancel} />}
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {outcome?.kind === 'cancelled' && (
        <p className="message message--info" role="status">
          Cancelled. The file being added when you cancelled was not added; files finished before it are in the list.
        </p>
      )}
      {outcome?.kind === 'done' && (
        <div className="message message--info" role="status">
          <div>
            <p className="message__title">
              Added {outcome.result.added.filter((a) => a.status === 'added').length} file{outcome.result.added.filter((a) => a.status === 'added').length === 1 ? '' : 's'}
              {outcome.result.added.some((a) => a.status === 'duplicate') ? `; ${outcome.result.added.filter((a) => a.status === 'duplicate').length} already here (same content), linked instead` : ''}.
            </p>
            {outcome.result.failed.map((failed) => (
              <p key={failed.fileName} className="message__advice">
                Not added: {failed.message}
              </p>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
