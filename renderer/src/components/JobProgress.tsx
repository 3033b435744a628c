import type { JobStatus } from '../../../core/api/types';

/** A progress bar with a Cancel button for a running job; announces progress politely to screen readers. */
export function JobProgress({ status, onCancel, title }: { status: JobStatus; onCancel(): void; title: string }) {
  if (status.state !== 'running') return null;
  const percent = status.total ? Math.min(100, Math.round((status.done / status.total) * 100)) : null;
  return (
    <div className="job-progress" role="group" aria-label={title}>
      <div className="job-progress__row">
        <span className="job-progress__title">{title}</span>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <progress max={100} value={percent ?? undefined} aria-label={`${title} progress`} />
      <p className="job-progress__label" aria-live="polite">
        {status.label}
        {percent !== null ? ` — ${percent} %` : ''}
      </p>
    </div>
  );
}
