import { useEffect, useId, useState } from 'react';
import type { DescriptionSectionView } from '../../../../core/api/scope-types';

const words = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);

/** One description section: the question, the editor, and the catalog's example beside it. */
export function DescriptionEditor({ section, onSave }: { section: DescriptionSectionView; onSave(body: string): void }) {
  const [draft, setDraft] = useState(section.body);
  const promptId = useId();
  useEffect(() => setDraft(section.body), [section.body]);
  const label = `${section.id} ${section.title}`;
  return (
    <article className={`dc-editor card${section.required ? '' : ' dc-editor--optional'}`} aria-label={label}>
      <div className="dc-editor__main">
        <label className="field">
          <span className="field__label">
            {label}
            {!section.required && <span className="muted"> (Type II reports only — not needed for a Type I)</span>}
          </span>
          <span className="field__hint" id={promptId}>
            {section.prompt}
          </span>
          <textarea value={draft} rows={7} maxLength={100_000} placeholder={`Start with one sentence, e.g. “${section.example.split('. ')[0]}.”`} aria-describedby={promptId} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft !== section.body && onSave(draft)} />
        </label>
        <p className="dc-editor__meta muted">
          {words(draft)} words{section.updatedAt ? ` · saved ${new Date(section.updatedAt).toLocaleString()}` : ''}
        </p>
      </div>
      <aside className="guidance-box" aria-label={`Example for ${section.id}`}>
        <p className="guidance-box__title">Example</p>
        <p>{section.example}</p>
      </aside>
    </article>
  );
}
