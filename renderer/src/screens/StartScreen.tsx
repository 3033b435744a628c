import { useEffect, useState, type FormEvent } from 'react';
import type { HostInfo, WorkspaceFileEntry, WorkspaceListing, WorkspaceSummary } from '../../../core/api/types';
import { useApi } from '../app/api-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { StartFromLibrary } from './StartFromLibrary';
import { OpenForReviewCard } from './review/OpenForReviewCard';

interface Props {
  host: HostInfo;
  onOpened(summary: WorkspaceSummary): void;
}

/** Turns an organisation name into a safe file name: letters, digits, spaces, dashes. */
export function suggestFileName(organisation: string): string {
  const cleaned = organisation
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 80);
  return cleaned === '' ? 'New engagement' : cleaned;
}

function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${name}.soc2`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function StartScreen({ host, onOpened }: Props) {
  const api = useApi();
  const [listing, setListing] = useState<WorkspaceListing | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [openPath, setOpenPath] = useState('');
  const desktop = host.mode === 'desktop' && window.soc2shell !== undefined;

  useEffect(() => {
    api.call('workspace.list').then(setListing, setError);
  }, [api]);

  const run = async (action: () => Promise<WorkspaceSummary | null>) => {
    setBusy(true);
    setError(null);
    try {
      const summary = await action();
      if (summary) onOpened(summary);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    const name = organisation.trim();
    if (name === '') return;
    void run(async () => {
      const target = desktop ? await window.soc2shell!.chooseWorkspace({ purpose: 'create' }) : joinPath(host.dataDir ?? '', suggestFileName(name));
      if (!target) return null;
      return api.call('workspace.create', { path: target, organisationName: name });
    });
  };

  const open = (path: string) => run(() => api.call('workspace.open', { path }));

  const chooseAndOpen = () =>
    run(async () => {
      const target = await window.soc2shell!.chooseWorkspace({ purpose: 'open' });
      return target ? api.call('workspace.open', { path: target }) : null;
    });

  return (
    <main className="start" id="main">
      <header className="start__header">
        <h1>SOC 2 Workbench</h1>
        <p className="lede">Prepare for a SOC 2 audit on your own computer: one file per engagement, five guided steps, and a package the auditor can verify.</p>
      </header>

      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}

      <div className="start__grid">
        <section className="card" aria-labelledby="new-heading">
          <h2 id="new-heading">Start a new engagement</h2>
          <form onSubmit={create} className="stack">
            <label className="field">
              <span className="field__label">Organisation name</span>
              <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} placeholder="e.g. Brightwave Analytics, Inc." maxLength={200} required autoFocus disabled={busy} />
              <span className="field__hint">
                {desktop ? 'You will choose where to save the workspace file next.' : `Saved as “${suggestFileName(organisation)}.soc2” in ${host.dataDir ?? 'the workspaces folder'}.`}
              </span>
            </label>
            <button type="submit" className="button button--primary" disabled={busy || organisation.trim() === ''}>
              Create engagement
            </button>
          </form>
        </section>

        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">Open a workspace</h2>
          {desktop ? (
            <button type="button" className="button" onClick={() => void chooseAndOpen()} disabled={busy}>
              Open workspace…
            </button>
          ) : (
            <>
              <FileList title={`In ${listing?.folder ?? 'the workspaces folder'}`} files={listing?.files ?? []} onOpen={open} busy={busy} empty="No workspaces here yet. Create one, or open the demo." />
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (openPath.trim() !== '') void open(openPath.trim());
                }}
              >
                <label className="field field--grow">
                  <span className="field__label">Or open a file by its full path</span>
                  <input value={openPath} onChange={(e) => setOpenPath(e.target.value)} placeholder="/home/me/Clients/acme.soc2" disabled={busy} />
                </label>
                <button type="submit" className="button" disabled={busy || openPath.trim() === ''}>
                  Open
                </button>
              </form>
            </>
          )}
          <FileList title="Recent" files={listing?.recent ?? []} onOpen={open} busy={busy} empty="Workspaces you open appear here." />
        </section>

        <OpenForReviewCard host={host} files={listing?.files ?? []} onOpened={onOpened} />

        <section className="card card--accent" aria-labelledby="demo-heading">
          <h2 id="demo-heading">Explore first?</h2>
          <p>The demo engagement is a fictional SaaS company preparing its first Type II report with all five categories in scope.</p>
          <button type="button" className="button" onClick={() => void run(() => api.call('workspace.openDemo'))} disabled={busy}>
            Open the demo engagement
          </button>
        </section>

        <StartFromLibrary host={host} onOpened={onOpened} />
      </div>
    </main>
  );
}

function FileList({ title, files, onOpen, busy, empty }: { title: string; files: WorkspaceFileEntry[]; onOpen(path: string): void; busy: boolean; empty: string }) {
  return (
    <div className="file-list">
      <h3>{title}</h3>
      {files.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-list__item" onClick={() => onOpen(file.path)} disabled={busy} title={file.path}>
                <span className="file-list__name">{file.name}</span>
                <span className="file-list__meta">
                  {formatSize(file.sizeBytes)} · {new Date(file.modifiedAt).toLocaleString()}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
