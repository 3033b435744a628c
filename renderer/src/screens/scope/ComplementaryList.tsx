import { useId, useState, type FormEvent } from 'react';
import type { ComplementaryControlView } from '../../../../core/api/scope-types';
import { Disclosure } from '../../components/Disclosure';

interface Example {
  id: string;
  control: string;
  relatedCriteria: string[];
}

interface Props {
  /** "CUEC" or "CSOC": used in labels. */
  kind: string;
  items: ComplementaryControlView[];
  examples: Example[];
  knownCriteria: ReadonlySet<string>;
  exampleText: string;
  onAdd(control: string, relatedCriteria: string[], catalogId: string | null): void;
  onUpdate(id: number, control: string, relatedCriteria: string[]): void;
  onRemove(id: number): void;
}

function parseCriteria(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((part) => part.trim().toUpperCase()).filter((part) => part !== ''))];
}

/**
 * Complementary controls the report relies on someone else to operate: the list, each editable in
 * place, one-click adoption of the catalog's examples, and a form for your own.
 */
export function ComplementaryList({ kind, items, examples, knownCriteria, exampleText, onAdd, onUpdate, onRemove }: Props) {
  const [control, setControl] = useState('');
  const [criteria, setCriteria] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();
  const used = new Set(items.map((item) => item.catalogId).filter(Boolean));
  const unknown = (list: string[]) => list.filter((id) => !knownCriteria.has(id));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const list = parseCriteria(criteria);
    const wrong = unknown(list);
    if (wrong.length > 0) return setProblem(`${wrong.join(', ')} ${wrong.length === 1 ? 'is not a criterion' : 'are not criteria'} in scope. Use IDs such as CC6.1, separated by commas.`);
    setProblem(null);
    onAdd(control.trim(), list, null);
    setControl('');
    setCriteria('');
  };

  return (
    <div className="stack">
      {items.length === 0 ? (
        <p className="empty-state">No {kind}s yet. Add the ones below that fit, or write your own.</p>
      ) : (
        <ol className="complementary-list">
          {items.map((item, index) => (
            <li key={item.id} className="complementary-list__item">
              <ComplementaryItem kind={kind} number={index + 1} item={item} onUpdate={onUpdate} onRemove={onRemove} />
            </li>
          ))}
        </ol>
      )}

      {examples.some((example) => !used.has(example.id)) && (
        <Disclosure className="examples" initiallyOpen={items.length === 0} summary={`Common ${kind}s you can adopt (${examples.filter((example) => !used.has(example.id)).length})`}>
          <ul className="examples__list">
            {examples
              .filter((example) => !used.has(example.id))
              .map((example) => (
                <li key={example.id}>
                  <span>
                    {example.control} <span className="muted">({example.relatedCriteria.join(', ')})</span>
                  </span>
                  <button type="button" className="button" onClick={() => onAdd(example.control, example.relatedCriteria.filter((id) => knownCriteria.has(id)), example.id)} aria-label={`Adopt: ${example.control}`}>
                    Adopt
                  </button>
                </li>
              ))}
          </ul>
        </Disclosure>
      )}

      <form className="card card--flat" onSubmit={add} aria-labelledby={`${formId}-title`}>
        <h4 id={`${formId}-title`}>Write your own {kind}</h4>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <label className="field">
          <span className="field__label">{kind} text</span>
          <textarea rows={2} value={control} onChange={(e) => setControl(e.target.value)} placeholder={exampleText} maxLength={2000} required />
        </label>
        <label className="field">
          <span className="field__label">Related criteria</span>
          <input value={criteria} onChange={(e) => setCriteria(e.target.value)} placeholder="e.g. CC6.1, CC6.2" />
          <span className="field__hint">Criterion IDs separated by commas; leave empty if unsure.</span>
        </label>
        <button type="submit" className="button button--primary" disabled={control.trim() === ''}>
          Add {kind}
        </button>
      </form>
    </div>
  );
}

function ComplementaryItem({ kind, number, item, onUpdate, onRemove }: { kind: string; number: number; item: ComplementaryControlView; onUpdate: Props['onUpdate']; onRemove: Props['onRemove'] }) {
  const [draft, setDraft] = useState(item.control);
  return (
    <div className="complementary-item">
      <label className="field field--grow">
        <span className="field__label">
          {kind} {number}
          {item.relatedCriteria.length > 0 && <span className="muted"> — {item.relatedCriteria.join(', ')}</span>}
        </span>
        <textarea rows={2} value={draft} maxLength={2000} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft.trim() !== '' && draft !== item.control && onUpdate(item.id, draft.trim(), item.relatedCriteria)} />
      </label>
      <button type="button" className="button button--quiet" onClick={() => onRemove(item.id)} aria-label={`Remove ${kind} ${number}`}>
        Remove
      </button>
    </div>
  );
}
