import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ReviewOpenResult, VerificationReport } from '../../../../core/api/review-types';
import type { HostInfo, JobStatus, WorkspaceFileEntry, WorkspaceSummary } from '../../../../core/api/types';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { useOpenForReviewRequests } from './review-context';
import { ExportReportButton } from './ExportReportButton';
import { ReportView } from './ReportView';
import '../../styles/review.css';

/**
 * The auditor's way in, on the start screen: a received workspace is copied privately, verified (with
 * progress and cancel), then opened read-only on its verification report. A file that cannot be read
 * safely is not opened at all: its report is shown here instead.
 */
export function OpenForReviewCard({ host, files, onOpened }: { host: HostInfo; files: WorkspaceFileEntry[]; onOpened(summary: WorkspaceSummary): void }) {
  const api = useApi();
  const [path, setPath] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [unreadable, setUnreadable] = useState<VerificationReport | null>(null);
  const desktop = host.mode === 'desktop' && window.soc2shell !== undefined;

  const finished = useCallback(
    (status: JobStatus) => {
      if (status.state === 'failed') return setError(new ApiCallError(status.error?.code ?? 'INTERNAL', status.error?.message ?? 'The file could not be opened for review.'));
      if (status.state !== 'succeeded') return undefined;
      const result = status.result as ReviewOpenResult;
      if (result.browsable && result.summary) {
        onOpened(result.summary);
        navigate({ page: 'verification' });
        return undefined;
      }
      return void api.call('review.report').then(setUnreadable, setError);
    },
    [api, onOpened],
  );
  const job = useJob(finished);
  const running = job.status?.state === 'running';

  const { follow } = job;
  const start = useCallback(
    async (target: string) => {
      setError(null);
      setUnreadable(null);
      try {
        const { jobId } = await api.call('review.open', { path: target });
        follow(jobId);
      } catch (caught) {
        setError(caught);
      }
    },
    [api, follow],
  );

  const choose = useCallback(async () => {
    const target = await window.soc2shell?.chooseWorkspace({ purpose: 'open-review' });
    if (target) void start(target);
  }, [start]);
  useOpenForReviewRequests(useCallback(() => void choose(), [choose]));

  useEffect(() => {
    if (!unreadable) return;
    document.getElementById('unreadable-heading')?.focus();
  }, [unreadable]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = path.trim() !== '' ? path.trim() : chosen;
    if (target !== '') void start(target);
  };

  return (
    <>
      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">Open for review</h2>
        <p>For auditors: open a workspace a client sent you. It is verified first, on a private copy, and browsed read-only; the file you received is never changed.</p>
        {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
        {job.status && <JobProgress status={job.status} onCancel={job.cancel} title="Verifying the received file" />}
        {desktop ? (
          <button type="button" className="button" onClick={() => void choose()} disabled={running}>
            Open for review…
          </button>
        ) : (
          <>
            <form className="stack" onSubmit={submit}>
              {files.length > 0 && (
                <label className="field">
                  <span className="field__label">Received file in {host.dataDir ?? 'the workspaces folder'}</span>
                  <select value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={running}>
                    <option value="">Choose a file…</option>
                    {files.map((file) => (
                      <option key={file.path} value={file.path}>
                        {file.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label className="field">
                <span className="field__label">{files.length > 0 ? 'Or its full path' : 'Received file (full path)'}</span>
                <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/Downloads/Acme Cloud 2026.soc2" disabled={running} />
              </label>
              <button type="submit" className="button" disabled={running || (path.trim() === '' && chosen === '')}>
                Verify and open for review
              </button>
            </form>
          </>
        )}
      </section>
      {unreadable && (
        <section className="card review-unreadable" aria-labelledby="unreadable-heading">
          <h2 id="unreadable-heading" tabIndex={-1}>
            {unreadable.fileName} cannot be opened for review
          </h2>
          <ExportReportButton />
          <ReportView report={unreadable} headingLevel={3} />
          <button
            type="button"
            className="button"
            onClick={() => {
              setUnreadable(null);
              void api.call('review.close');
            }}
          >
            Close the report
          </button>
        </section>
      )}
    </>
  );
}
