import { useEffect, useMemo, useState } from 'react';
import type { ReviewEvidenceView } from '../../../../core/api/review-types';
import type { CatalogView } from '../../../../core/api/schemas/catalog';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { buildIndex, filterControls, filterCriteria, NO_FILTERS, queryWords } from '../catalog/catalog-model';
import type { NoteTarget } from './ReviewNotes';

const MAX_PER_KIND = 8;

interface Hit {
  target: NoteTarget;
  title: string;
  detail: string;
  failed?: boolean;
}

/**
 * One search across the criteria, the controls and the evidence of the reviewed workspace (the
 * catalog's own search for criteria and controls), each result one step from a review note about it.
 * Evidence that failed verification is marked.
 */
export function ReviewSearch({ onNote }: { onNote(target: NoteTarget): void }) {
  const api = useApi();
  const [catalog, setCatalog] = useState<CatalogView | null>(null);
  const [evidence, setEvidence] = useState<ReviewEvidenceView[] | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('catalog.get').then(setCatalog, setError);
    api.call('review.evidence').then(setEvidence, setError);
  }, [api]);
  const index = useMemo(() => (catalog ? buildIndex(catalog) : null), [catalog]);
  const words = queryWords(query);

  const hits: { label: string; items: Hit[] }[] = [];
  if (index && words.length > 0) {
    hits.push({ label: 'Criteria', items: filterCriteria(index, NO_FILTERS, words).slice(0, MAX_PER_KIND).map((c) => ({ target: { kind: 'criterion', ref: c.id }, title: c.id, detail: c.summary })) });
    hits.push({ label: 'Controls', items: filterControls(index, NO_FILTERS, words).slice(0, MAX_PER_KIND).map((c) => ({ target: { kind: 'control', ref: c.id }, title: `${c.id} ${c.title}`, detail: `Criteria ${c.criteria.join(', ')}` })) });
    const matching = (evidence ?? []).filter((item) => words.every((word) => [item.ref, item.fileName, ...item.controls, ...item.criteria].join(' ').toLowerCase().includes(word)));
    hits.push({ label: 'Evidence', items: matching.slice(0, MAX_PER_KIND).map((item) => ({ target: { kind: 'evidence', ref: item.ref }, title: `${item.ref} ${item.fileName}`, detail: [item.controls.join(', '), item.criteria.join(', ')].filter(Boolean).join(' · ') || 'Not linked to a control', failed: !item.verified })) });
  }

  return (
    <section className="card" aria-labelledby="review-search-heading">
      <h2 id="review-search-heading">Find a criterion, control or evidence item</h2>
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <label className="field">
        <span className="field__label">Search</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. access review, CC6.2, EV-0007" />
        <span className="field__hint">{evidence === null ? 'Searches the criteria and controls (this workspace has no evidence store).' : `Searches the criteria, the controls and ${evidence.length} evidence item${evidence.length === 1 ? '' : 's'}.`}</span>
      </label>
      {words.length > 0 && (
        <div className="review-search__results" aria-live="polite">
          {hits.map((group) => (
            <div key={group.label}>
              <h3>
                {group.label} <span className="muted">({group.items.length === MAX_PER_KIND ? `first ${MAX_PER_KIND}` : group.items.length})</span>
              </h3>
              {group.items.length === 0 ? (
                <p className="muted">No match.</p>
              ) : (
                <ul className="review-search__list">
                  {group.items.map((hit) => (
                    <li key={`${hit.target.kind}:${hit.target.ref}`}>
                      <span>
                        <strong>{hit.title}</strong> {hit.failed && <span className="pill report-pill--failed">Failed verification</span>}
                        <span className="review-search__detail">{hit.detail}</span>
                      </span>
                      <button type="button" className="button button--quiet" onClick={() => onNote(hit.target)} aria-label={`Add a note on ${hit.title}`}>
                        Add a note
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
