import { useEffect, useId, useState } from 'react';
import type { DraftKind, DraftView } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';

interface Props {
  kind: DraftKind;
  title: string;
  explanation: string;
  onSaved(): void;
}

/** One draft: saved when the text box loses focus (if changed), kept as reviewed, or started again from the workspace. */
export function DraftEditor({ kind, title, explanation, onSaved }: Props) {
  const api = useApi();
  const fieldId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [text, setText] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    api.call('auditDraft.get', { kind }).then((next) => {
      setDraft(next);
      setText(next.text);
    }, setLoadError);
  }, [api, kind]);

  if (!draft) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Drafting {title.toLowerCase()}…</p>;

  const keep = async () => {
    const next = await run(() => api.call('auditDraft.save', { kind, text }));
    if (next) setDraft(next);
  };
  const reset = async () => {
    const next = await run(() => api.call('auditDraft.reset', { kind }));
    if (next) {
      setDraft(next);
      setText(next.text);
    }
    setConfirmReset(false);
  };
  const changed = text !== draft.text;

  return (
    <section className="card draft" aria-labelledby={`${fieldId}-title`}>
      <div className="toolbar toolbar--spread">
        <h3 id={`${fieldId}-title`}>{title}</h3>
        <span className={draft.edited ? 'pill pill--ok' : 'pill pill--medium'}>{draft.edited ? `Kept by ${draft.savedBy ?? 'management'} on ${(draft.savedAt ?? '').slice(0, 10)}` : 'Generated, not yet kept'}</span>
      </div>
      <p className="muted">{explanation}</p>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className="field">
        <label className="field__label" htmlFor={fieldId}>
          {title} (Markdown)
        </label>
        <textarea
          id={fieldId}
          className="draft__text"
          rows={16}
          value={text}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => {
            if (changed && text.trim() !== '') void keep();
          }}
        />
        <span className="field__hint" id={hintId}>
          For example, replace “[Name and title of the signing officer]” with “Dana Whitfield, Chief Executive Officer”. Headings start with #, list items with -.
        </span>
      </div>
      <div className="inline-actions">
        <button type="button" className="button button--primary" onClick={() => void keep()} disabled={text.trim() === '' || (draft.edited && !changed)}>
          {draft.edited ? 'Keep changes' : 'Keep as reviewed'}
        </button>
        {draft.edited && !confirmReset && (
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
            Start again from the workspace…
          </button>
        )}
        {confirmReset && (
          <>
            <span>Replace the kept text with a new draft from the workspace?</span>
            <button type="button" className="button" onClick={() => void reset()}>
              Replace it
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmReset(false)}>
              Keep mine
            </button>
          </>
        )}
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </div>
    </section>
  );
}
