import { useId, useState } from 'react';
import type { ReadinessExceptionView } from '../../../../core/api/testing-types';

type Fields = Pick<ReadinessExceptionView, 'description' | 'rootCause' | 'managementResponse' | 'responseOwner'>;

const FIELDS: { key: keyof Fields; label: string; hint: string; rows: number }[] = [
  { key: 'description', label: 'What happened', hint: 'For example: accounts disabled on 20 July, three days after the last working day.', rows: 3 },
  { key: 'rootCause', label: 'Root cause', hint: 'Why it happened, for example: the IT task had no due date and waited over a weekend.', rows: 3 },
  { key: 'managementResponse', label: 'Management response', hint: 'What management has done or will do, and from when, for example: accounts now disabled automatically at 18:00 on the last day.', rows: 3 },
  { key: 'responseOwner', label: 'Owner of the response', hint: 'For example “Sam Ortiz (IT and People Operations)”.', rows: 1 },
];

/** An exception of internal readiness testing; each field saves when left. */
export function ReadinessExceptionCard({ exception, disabled, onSave, onRemove }: { exception: ReadinessExceptionView; disabled: boolean; onSave(patch: Partial<Fields>): void; onRemove(): void }) {
  const id = useId();
  const [draft, setDraft] = useState<Fields>(exception);
  const missing = exception.rootCause.trim() === '' || exception.managementResponse.trim() === '';
  return (
    <article className="readiness-exception" aria-labelledby={`${id}-title`}>
      <div className="testing-toolbar">
        <h4 id={`${id}-title`}>
          Exception {exception.itemLabel ? `on ${exception.itemLabel}` : '(not tied to a sample item)'}
        </h4>
        {missing && <span className="chip chip--warn">Needs root cause and response</span>}
      </div>
      {FIELDS.map((field) => (
        <label key={field.key} className="field">
          <span className="field__label">{field.label}</span>
          {field.rows === 1 ? (
            <input value={draft[field.key]} disabled={disabled} onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })} onBlur={() => draft[field.key] !== exception[field.key] && onSave({ [field.key]: draft[field.key] })} />
          ) : (
            <textarea rows={field.rows} value={draft[field.key]} disabled={disabled} onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })} onBlur={() => draft[field.key] !== exception[field.key] && onSave({ [field.key]: draft[field.key] })} />
          )}
          <span className="field__hint">{field.hint}</span>
        </label>
      ))}
      <button type="button" className="button button--quiet" onClick={onRemove} disabled={disabled}>
        Remove this exception
      </button>
    </article>
  );
}

/** Records a new exception (from a sample item marked as an exception, or on its own). */
export function NewExceptionForm({ itemLabel, onAdd, onCancel }: { itemLabel: string | null; onAdd(fields: Fields): void; onCancel(): void }) {
  const id = useId();
  const [draft, setDraft] = useState<Fields>({ description: '', rootCause: '', managementResponse: '', responseOwner: '' });
  return (
    <section className="testing-form" aria-labelledby={id}>
      <h4 id={id}>Record an exception{itemLabel ? ` on ${itemLabel}` : ''}</h4>
      {FIELDS.map((field) => (
        <label key={field.key} className="field">
          <span className="field__label">{field.label}</span>
          {field.rows === 1 ? (
            <input value={draft[field.key]} onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })} />
          ) : (
            <textarea rows={field.rows} value={draft[field.key]} onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })} />
          )}
          <span className="field__hint">{field.hint}</span>
        </label>
      ))}
      <div className="testing-form__actions">
        <button type="button" className="button button--primary" onClick={() => onAdd(draft)}>
          Save exception
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
