import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Shown inside the empty field: every blank field carries an example. */
  example: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'date' | 'number';
  maxLength?: number;
  onSave(value: string): void;
}

/**
 * A labelled field that saves when it loses focus (dates and numbers when changed), so typing never
 * writes half a word to the activity log and nothing waits for a Save button.
 */
export function SavedField({ label, value, example, hint, multiline = false, rows = 4, type = 'text', maxLength = 500, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const hintId = useId();
  useEffect(() => setDraft(value), [value]);
  const commit = (next: string) => {
    if (next !== value) onSave(next);
  };
  // Date pickers show no placeholder, so their example joins the hint instead.
  const hintText = type === 'date' ? [hint, `(${example})`].filter(Boolean).join(' ') : hint;
  const common = {
    value: draft,
    placeholder: example,
    'aria-describedby': hintText ? hintId : undefined,
    onBlur: () => commit(draft),
  };
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {multiline ? (
        <textarea {...common} rows={rows} maxLength={maxLength} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          maxLength={type === 'date' || type === 'number' ? undefined : maxLength}
          min={type === 'number' ? 0 : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            // A date picker's choice is complete the moment it is made.
            if (type === 'date') commit(e.target.value);
          }}
        />
      )}
      {hintText && (
        <span className="field__hint" id={hintId}>
          {hintText}
        </span>
      )}
    </label>
  );
}
