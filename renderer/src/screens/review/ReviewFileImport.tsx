import { useEffect, useState, type FormEvent } from 'react';
import type { ReviewFileListing, ReviewImportResult } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import '../../styles/review.css';

function summary(result: ReviewImportResult): string {
  const { requests, notes, samples } = result.added;
  if (!result.changed) return `Nothing new in ${result.fileName}: everything in it was imported before, so nothing was changed.`;
  const parts = [`${requests} request${requests === 1 ? '' : 's'}`, `${notes} note${notes === 1 ? '' : 's'}`, `${samples} sample${samples === 1 ? '' : 's'}`];
  return `Imported from ${result.reviewer}: ${parts.join(', ')}${result.alreadyImported > 0 ? ` (${result.alreadyImported} already imported before, skipped)` : ''}.`;
}

/**
 * The client's side of the review: bring in the auditor's review file. Requests join the request list,
 * notes and samples are kept as the auditor wrote them, and the activity-log head the auditor saw is
 * recorded. Importing the same file again changes nothing; a file made against another workspace is refused.
 */
export function ReviewFileImport({ onImported, onClose }: { onImported(): void; onClose(): void }) {
  const api = useApi();
  const [listing, setListing] = useState<ReviewFileListing | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReviewImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const desktop = api.kind === 'desktop' && window.soc2shell !== undefined;

  useEffect(() => {
    if (!desktop) api.call('review.listFiles').then(setListing, setError);
  }, [api, desktop]);

  const importFile = async (target: string) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const outcome = await api.call('review.import', { path: target });
      setResult(outcome);
      if (outcome.changed) onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const chooseAndImport = async () => {
    const target = await window.soc2shell!.chooseWorkspace({ purpose: 'open-review-file' });
    if (target) await importFile(target);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim() !== '') void importFile(path.trim());
  };

  return (
    <section className="card" aria-labelledby="review-import-heading">
      <h3 id="review-import-heading">Import the auditor’s review file</h3>
      <p className="muted">The auditor sends a small file ending in .soc2review with their requests, review notes and samples. Import it here; importing it again later adds only what is new.</p>
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {result && (
        <div className={`review-import-result${result.anchor.extends ? '' : ' review-import-result--warn'}`} role="status">
          <p>{summary(result)}</p>
          {result.anchor.extends ? (
            <p className="muted">Recorded what the auditor saw (activity-log entry {result.anchor.seq}): the next delivery’s verification will show that your log only grew since.</p>
          ) : (
            <p>
              This workspace’s activity log does not hold the entry the auditor saw ({result.anchor.problems[0]}). Check that you imported the review into the workspace you sent; verification will report this until it is resolved.
            </p>
          )}
        </div>
      )}
      {desktop ? (
        <button type="button" className="button button--primary" onClick={() => void chooseAndImport()} disabled={busy}>
          Choose the review file…
        </button>
      ) : (
        <>
          {listing && listing.files.length > 0 && (
            <div className="file-list">
              <h4>In {listing.folder}</h4>
              <ul>
                {listing.files.map((file) => (
                  <li key={file.path}>
                    <button type="button" className="file-list__item" onClick={() => void importFile(file.path)} disabled={busy} aria-label={`Import ${file.name}`}>
                      <span className="file-list__name">{file.name}</span>
                      <span className="file-list__meta">{new Date(file.modifiedAt).toLocaleString()}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {listing && listing.files.length === 0 && <p className="muted">No review files in {listing.folder ?? 'the workspaces folder'} yet. Save the file the auditor sent there, or give its full path.</p>}
          <form className="inline-form" onSubmit={submit}>
            <label className="field field--grow">
              <span className="field__label">Review file (full path)</span>
              <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/Downloads/Acme review.soc2review" disabled={busy} />
            </label>
            <button type="submit" className="button button--primary" disabled={busy || path.trim() === ''}>
              Import
            </button>
          </form>
        </>
      )}
      <button type="button" className="button button--quiet" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
