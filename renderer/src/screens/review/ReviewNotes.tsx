import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReviewNoteView, ReviewStateView, ReviewTargetKind } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TARGET_LABELS } from './review-format';
import { useReviewEdit } from './use-review-edit';

type Review = NonNullable<ReviewStateView['review']>;

export interface NoteTarget {
  kind: ReviewTargetKind;
  ref: string;
}

const EXAMPLES: Record<ReviewTargetKind, string> = { criterion: 'e.g. CC6.1', control: 'e.g. AC-01', evidence: 'e.g. EV-0007', general: '' };

function groupByTarget(notes: ReviewNoteView[]): [string, ReviewNoteView[]][] {
  const groups = new Map<string, ReviewNoteView[]>();
  for (const note of notes) {
    const key = note.target.kind === 'general' ? 'General' : `${TARGET_LABELS[note.target.kind]} ${note.target.ref}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.entries()];
}

/**
 * Review notes on a criterion, a control, an evidence item, or the review in general. A search result's
 * "Add a note" fills in what the note is about (`preset`) and moves focus to the note text.
 */
export function ReviewNotes({ review, preset }: { review: Review; preset: NoteTarget | null }) {
  const api = useApi();
  const { edit, status, error, clearError } = useReviewEdit();
  const [kind, setKind] = useState<ReviewTargetKind>('criterion');
  const [ref, setRef] = useState('');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!preset) return;
    setKind(preset.kind);
    setRef(preset.ref);
    textRef.current?.focus();
  }, [preset]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await edit(() => api.call('review.addNote', { target: { kind, ref: kind === 'general' ? '' : ref.trim() }, text: text.trim() }))) setText('');
  };

  return (
    <section className="card" aria-labelledby="review-notes-heading">
      <h2 id="review-notes-heading">Review notes</h2>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <form onSubmit={(e) => void add(e)} className="review-form">
        <div className="review-form__row">
          <label className="field review-form__narrow">
            <span className="field__label">About</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as ReviewTargetKind)}>
              {(Object.keys(TARGET_LABELS) as ReviewTargetKind[]).map((value) => (
                <option key={value} value={value}>
                  {TARGET_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          {kind !== 'general' && (
            <label className="field review-form__narrow">
              <span className="field__label">Which {TARGET_LABELS[kind].toLowerCase()}</span>
              <input value={ref} onChange={(e) => setRef(e.target.value)} placeholder={EXAMPLES[kind]} maxLength={100} required />
            </label>
          )}
        </div>
        <label className="field">
          <span className="field__label">Note</span>
          <textarea ref={textRef} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={10000} placeholder="e.g. The Q3 access review has no reviewer sign-off; provide the signed review or explain how approval was recorded." required />
        </label>
        <button type="submit" className="button button--primary" disabled={text.trim() === '' || (kind !== 'general' && ref.trim() === '')}>
          Add note
        </button>
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </form>
      {review.notes.length === 0 ? (
        <p className="empty-state">No notes yet. Note what you found on a criterion, a control or an evidence item — search above and choose “Add a note” — and the client sees each note next to that item.</p>
      ) : (
        <div className="review-notes">
          {groupByTarget(review.notes).map(([label, notes]) => (
            <div key={label} className="review-notes__group">
              <h3>{label}</h3>
              <ul>
                {notes.map((note) => (
                  <li key={note.id}>
                    <p>{note.text}</p>
                    <button type="button" className="button button--quiet" onClick={() => void edit(() => api.call('review.removeItem', { id: note.id }))} aria-label={`Remove note on ${label}`}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
