import { useState } from 'react';
import type { PolicyExportResult } from '../../../../core/api/policy-types';
import type { JobStatus } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';

/** Exports policies to PDF as a job: progress with Cancel, then where the file was saved. */
export function PolicyExportButton({ ids, label }: { ids: number[] | null; label: string }) {
  const api = useApi();
  const [result, setResult] = useState<PolicyExportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [ended, setEnded] = useState<JobStatus | null>(null);
  const { status, follow, cancel } = useJob((final) => {
    setEnded(final);
    if (final.state === 'succeeded') setResult(final.result as PolicyExportResult);
  });
  const start = async () => {
    setResult(null);
    setError(null);
    setEnded(null);
    try {
      const { jobId } = await api.call('policy.exportPdf', ids ? { ids } : {});
      follow(jobId);
    } catch (caught) {
      setError(caught);
    }
  };
  const running = status?.state === 'running';
  return (
    <div className="ctl-export">
      <button type="button" className="button" disabled={running} onClick={() => void start()}>
        {label}
      </button>
      {status && <JobProgress status={status} onCancel={cancel} title="Exporting to PDF" />}
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {ended?.state === 'failed' && ended.error && <p className="error-text" role="alert">{ended.error.message}</p>}
      {ended?.state === 'cancelled' && <p role="status">Export cancelled; no file was written.</p>}
      {result && (
        <p className="ok-text" role="status">
          Saved {result.fileName} ({result.pages} page{result.pages === 1 ? '' : 's'}, {result.policies} polic{result.policies === 1 ? 'y' : 'ies'}) in <span className="ctl-path">{result.filePath.slice(0, -result.fileName.length - 1)}</span>.
          {result.unsupportedCharacters.length > 0 && ` Some characters could not be printed and show as a marker: ${result.unsupportedCharacters.join(', ')}.`}
        </p>
      )}
    </div>
  );
}
