import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LibraryListing, LibrarySummary } from '../../../core/api/schemas/library';
import type { HostInfo, WorkspaceSummary } from '../../../core/api/types';
import { useApi } from '../app/api-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { suggestFileName } from './StartScreen';

function workspacePathIn(folder: string, organisation: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${suggestFileName(organisation)}.soc2`;
}

/**
 * "Start from a library": a new engagement whose catalog is a consultant's saved library instead of
 * the app's built-in one. Libraries are listed from the data folder (browser mode) or beside recent
 * workspaces (desktop); any other .soc2lib file can be given by its full path.
 */
export function StartFromLibrary({ host, onOpened }: { host: HostInfo; onOpened(summary: WorkspaceSummary): void }) {
  const api = useApi();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [libraryPath, setLibraryPath] = useState('');
  const latest = useRef('');
  const [details, setDetails] = useState<LibrarySummary | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const desktop = host.mode === 'desktop' && window.soc2shell !== undefined;

  useEffect(() => {
    api.call('library.list').then(setListing, setError);
  }, [api]);

  // Checking the chosen file at once tells the person whose library it is before they commit to it.
  const choose = (path: string) => {
    setLibraryPath(path);
    latest.current = path.trim();
    setDetails(null);
    setError(null);
    if (!path.trim().toLowerCase().endsWith('.soc2lib')) return;
    // Answers can arrive out of order while a path is typed: only the one for the latest path counts.
    api.call('library.inspect', { path: path.trim() }).then(
      (summary) => {
        if (latest.current === path.trim()) setDetails(summary);
      },
      (caught: unknown) => {
        if (latest.current === path.trim()) setError(caught);
      },
    );
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const name = organisation.trim();
    if (name === '' || libraryPath.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const target = desktop ? await window.soc2shell!.chooseWorkspace({ purpose: 'create' }) : workspacePathIn(host.dataDir ?? '', name);
      if (target) onOpened(await api.call('workspace.createFromLibrary', { path: target, organisationName: name, libraryPath: libraryPath.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const files = listing?.files ?? [];
  return (
    <section className="card" aria-labelledby="library-heading">
      <h2 id="library-heading">Start from a library</h2>
      <p className="muted">Begin with your own controls, test procedures and policy templates, saved from an earlier engagement with “Save as library…” in its Catalog.</p>
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <form onSubmit={(e) => void create(e)} className="stack">
        {files.length > 0 ? (
          <fieldset className="choice-group">
            <legend>Libraries found</legend>
            {files.map((file) => (
              <label key={file.path} className="choice" title={file.path}>
                <input type="radio" name="library" checked={libraryPath === file.path} onChange={() => choose(file.path)} disabled={busy} />
                <span>{file.name}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="muted">{listing ? `No library files in ${listing.folders.length > 0 ? listing.folders.join(', ') : 'the usual folders'} yet. Open an engagement, go to Catalog and choose “Save as library…”, or give a file’s full path below.` : 'Looking for libraries…'}</p>
        )}
        <label className="field">
          <span className="field__label">Library file (full path)</span>
          <input value={libraryPath} onChange={(e) => choose(e.target.value)} placeholder="/home/me/Libraries/meridian-baseline.soc2lib" disabled={busy} spellCheck={false} />
        </label>
        {details && (
          <p className="library-details" role="status">
            <strong>
              {details.name} {details.version}
            </strong>{' '}
            by {details.firmName}: {details.controls} controls, {details.policies} policy templates, saved {new Date(details.savedAt).toLocaleDateString()}.
          </p>
        )}
        <label className="field">
          <span className="field__label">Client’s legal name</span>
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} placeholder="e.g. Northwind Payments Ltd" maxLength={200} disabled={busy} />
          {!desktop && <span className="field__hint">Saved as “{suggestFileName(organisation)}.soc2” in {host.dataDir ?? 'the workspaces folder'}.</span>}
        </label>
        <button type="submit" className="button button--primary" disabled={busy || organisation.trim() === '' || libraryPath.trim() === ''}>
          Start from this library
        </button>
      </form>
    </section>
  );
}
