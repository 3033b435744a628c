import { useCallback, useEffect, useId, useState } from 'react';
import type { ChecklistView, PackageResultView, PaperSize, SealResultView, SealView } from '../../../../core/api/audit-types';
import type { JobStatus } from '../../../../core/api/types';
import { ApiCallError } from '../../api/client';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import type { AuditSectionProps } from './AuditStep';
import { PackageResult } from './PackageResult';
import { SealHistory } from './SealHistory';

type Task = 'seal' | 'draft' | 'rebuild';

const TASK_TITLES: Record<Task, string> = { seal: 'Sealing and writing the package', draft: 'Writing the draft package', rebuild: 'Rebuilding the sealed package' };

/**
 * Seal a version (when the checklist allows) and write its package; or write a working-draft package
 * at any time. Both run as jobs with progress and Cancel. The seal history lists every version with
 * its fingerprints; any of them can be rebuilt, byte for byte.
 */
export function SealPanel({ onSaved, goTo }: AuditSectionProps) {
  const api = useApi();
  const paperId = useId();
  const [checklist, setChecklist] = useState<ChecklistView | null>(null);
  const [seals, setSeals] = useState<SealView[]>([]);
  const [folder, setFolder] = useState('');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [task, setTask] = useState<Task>('seal');
  const [result, setResult] = useState<PackageResultView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');

  const reload = useCallback(async () => {
    const [nextChecklist, nextSeals, nextFolder] = await Promise.all([api.call('checklist.get'), api.call('seal.list'), api.call('package.folder')]);
    setChecklist(nextChecklist);
    setSeals(nextSeals);
    setFolder(nextFolder.folder);
  }, [api]);
  useEffect(() => {
    reload().catch(setError);
  }, [reload]);

  const finished = useCallback(
    (status: JobStatus) => {
      if (status.state === 'succeeded') {
        const value = status.result as SealResultView | PackageResultView;
        setResult('seal' in value ? value.package : value);
        setMessage('seal' in value ? `Seal ${value.seal.version} recorded.` : '');
        if ('seal' in value) onSaved();
        void reload();
      } else if (status.state === 'cancelled') {
        setMessage('Cancelled. No package files were written and nothing was sealed.');
      } else if (status.error) {
        setError(new ApiCallError(status.error.code, status.error.message));
      }
    },
    [onSaved, reload],
  );
  const job = useJob(finished);
  const running = job.status?.state === 'running';

  const start = async (next: Task, call: () => Promise<{ jobId: string }>) => {
    setError(null);
    setResult(null);
    setMessage('');
    setTask(next);
    try {
      job.follow((await call()).jobId);
    } catch (caught) {
      setError(caught);
    }
  };

  if (!checklist) return error ? <ErrorMessage error={error} /> : <p aria-busy="true">Checking the workspace…</p>;

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${paperId}-seal`}>
        <h3 id={`${paperId}-seal`}>Seal a version for the auditor</h3>
        <p>
          Sealing freezes a snapshot of the whole workspace, records its SHA-256 fingerprint and the activity-log head in the log, and writes the package (a PDF and a ZIP beside it). Later edits never
          change a sealed version; sealing again makes the next version.
        </p>
        {!checklist.readyToSeal && (
          <div className="notice notice--warn">
            <p>
              {checklist.blocking} checklist item{checklist.blocking === 1 ? ' is' : 's are'} still open, so the workspace cannot be sealed yet.{' '}
              <button type="button" className="link-button" onClick={() => goTo('checklist')}>
                Open the readiness checklist
              </button>
            </p>
          </div>
        )}
        <div className="inline-form">
          <label className="field" htmlFor={paperId}>
            <span className="field__label">Paper size</span>
            <select id={paperId} value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)} disabled={running}>
              <option value="a4">A4</option>
              <option value="letter">US Letter</option>
            </select>
          </label>
          <button type="button" className="button button--primary" disabled={!checklist.readyToSeal || running} onClick={() => void start('seal', () => api.call('seal.create', { paper }))}>
            Seal and write the package
          </button>
          <button type="button" className="button" disabled={running} onClick={() => void start('draft', () => api.call('package.build', { paper }))}>
            Write a working-draft package
          </button>
        </div>
        <p className="field__hint">
          Packages are written to <code>{folder}</code>. A working draft is not sealed and says so on every page; use it to review the package before sealing.
        </p>
        {job.status && <JobProgress status={job.status} onCancel={job.cancel} title={TASK_TITLES[task]} />}
        {message && (
          <p className="save-status" aria-live="polite">
            {message}
          </p>
        )}
        {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
        {result && <PackageResult result={result} />}
      </section>
      <SealHistory seals={seals} disabled={running} onRebuild={(version) => void start('rebuild', () => api.call('package.build', { paper: seals.find((s) => s.version === version)?.paper ?? 'a4', sealVersion: version }))} />
    </div>
  );
}
