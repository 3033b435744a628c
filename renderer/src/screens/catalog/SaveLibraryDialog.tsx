import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LibrarySummary } from '../../../../core/api/schemas/library';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { suggestFileName } from '../StartScreen';

export function libraryFilePath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${suggestFileName(name)}.soc2lib`;
}

interface Props {
  open: boolean;
  defaultFolder: string;
  firmName: string;
  onClose(): void;
  onSaved(summary: LibrarySummary): void;
}

/**
 * "Save as library…": the engagement's catalog (controls, policy templates, test procedures and
 * guidance) written to a .soc2lib file a consultant can start later engagements from. A modal
 * dialog, so focus stays inside it and Escape closes it.
 */
export function SaveLibraryDialog({ open, defaultFolder, firmName, onClose, onSaved }: Props) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [firm, setFirm] = useState(firmName);
  const [path, setPath] = useState('');
  const [pathEdited, setPathEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setError(null);
      setFirm((current) => current || firmName);
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open, firmName]);

  // The file name follows the library name until the person types a path of their own.
  const shownPath = pathEdited ? path : libraryFilePath(defaultFolder, name.trim() === '' ? 'My library' : name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const summary = await api.call('library.save', { path: shownPath.trim(), name: name.trim(), firmName: firm.trim(), ...(version.trim() === '' ? {} : { version: version.trim() }) });
      onSaved(summary);
      setName('');
      setVersion('');
      setPathEdited(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="save-library-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <h2 id="save-library-title">Save as library</h2>
        <p className="muted">Saves this engagement’s controls, test procedures, policy templates and guidance tables to a library file. Start new engagements from it on the start screen (“Start from a library”).</p>
        {error !== null && <ErrorMessage error={error} />}
        <label className="field">
          <span className="field__label">Library name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Meridian SaaS baseline" maxLength={120} required autoFocus disabled={busy} />
        </label>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">Version label (optional)</span>
            <input value={version} onChange={(e) => setVersion(e.target.value)} placeholder="e.g. 2027.1 — today’s date if left blank" maxLength={60} disabled={busy} />
          </label>
          <label className="field">
            <span className="field__label">Firm name</span>
            <input value={firm} onChange={(e) => setFirm(e.target.value)} placeholder="e.g. Meridian Readiness Partners" maxLength={200} required disabled={busy} />
            <span className="field__hint">New engagements started from the library show it as “prepared by”.</span>
          </label>
        </div>
        <label className="field">
          <span className="field__label">Save to (full path)</span>
          <input
            value={shownPath}
            onChange={(e) => {
              setPathEdited(true);
              setPath(e.target.value);
            }}
            placeholder="/home/me/Libraries/meridian-baseline.soc2lib"
            disabled={busy}
            spellCheck={false}
          />
          <span className="field__hint">Library files end in .soc2lib. An existing file is never overwritten.</span>
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || name.trim() === '' || firm.trim() === ''}>
            {busy ? 'Saving…' : 'Save library'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
