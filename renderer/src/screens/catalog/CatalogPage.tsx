import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CatalogView } from '../../../../core/api/schemas/catalog';
import type { LibrarySummary } from '../../../../core/api/schemas/library';
import type { WorkspaceSummary } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import '../../styles/catalog.css';
import { buildIndex, CATEGORY_LABELS, CATEGORY_ORDER, filterControls, filterCriteria, filterPolicies, FREQUENCY_LABELS, NO_FILTERS, queryWords, type CategoryKey, type Filters, type ItemKind, type ItemRef } from './catalog-model';
import { ControlDetail, CriterionDetail, PolicyDetail } from './CatalogDetail';
import { CatalogList, type ListRow } from './CatalogList';
import { SaveLibraryDialog } from './SaveLibraryDialog';

const TABS: { kind: ItemKind; label: string }[] = [
  { kind: 'criterion', label: 'Criteria' },
  { kind: 'control', label: 'Controls' },
  { kind: 'policy', label: 'Policies' },
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The engagement's own catalog: the criteria, the control library and the policy templates, with a
 * search across all three and links between them. It reads the workspace's snapshot, so it shows
 * exactly what this engagement was created with (or the library it was started from).
 */
export function CatalogPage({ summary }: { summary: WorkspaceSummary }) {
  const api = useApi();
  const [catalog, setCatalog] = useState<CatalogView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<ItemKind>('criterion');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<ItemRef | null>(null);
  const [history, setHistory] = useState<ItemRef[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<LibrarySummary | null>(null);
  const [libraryDefaults, setLibraryDefaults] = useState<{ folder: string; firm: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);

  useEffect(() => {
    api.call('catalog.get').then(setCatalog, setError);
  }, [api]);

  // "/" jumps to the search box from anywhere on the page, as in many tools people already know.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (focusDetail.current) {
      focusDetail.current = false;
      detailHeading.current?.focus();
    }
  }, [selected]);

  const index = useMemo(() => (catalog ? buildIndex(catalog) : null), [catalog]);
  const words = useMemo(() => queryWords(query), [query]);
  const results = useMemo(() => (index ? { criterion: filterCriteria(index, filters, words), control: filterControls(index, filters, words), policy: filterPolicies(index, filters, words) } : null), [index, filters, words]);

  const select = useCallback((ref: ItemRef) => {
    setSelected(ref);
    setTab(ref.kind);
  }, []);

  // Following a link keeps a trail, so "Back" returns to where the reader came from.
  const follow = useCallback(
    (ref: ItemRef) => {
      if (selected) setHistory((trail) => [...trail.slice(-49), selected]);
      focusDetail.current = true;
      select(ref);
    },
    [select, selected],
  );

  const back = () => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory((trail) => trail.slice(0, -1));
    focusDetail.current = true;
    select(previous);
  };

  const openSave = () => {
    setSaved(null);
    api.call('engagement.get').then(
      (engagement) => {
        const folder = summary.path.replace(/[\\/][^\\/]*$/, '');
        api.call('library.list').then(
          (listing) => {
            setLibraryDefaults({ folder: listing.defaultFolder ?? folder, firm: engagement.preparedBy });
            setSaving(true);
          },
          setError,
        );
      },
      setError,
    );
  };

  if (!catalog || !index || !results) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>Catalog</h1>
        {error !== null ? <ErrorMessage error={error} /> : <p aria-busy="true">Loading the catalog…</p>}
      </div>
    );
  }

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(position + step + TABS.length) % TABS.length]!;
    setTab(next.kind);
    document.getElementById(`catalog-tab-${next.kind}`)?.focus();
  };

  const origin = catalog.origin;
  const rows: ListRow[] =
    tab === 'criterion'
      ? results.criterion.map((c, i, list) => ({
          ref: { kind: 'criterion', id: c.id },
          ...(words.length === 0 && list[i - 1]?.series !== c.series ? { group: `${c.series} ${index.seriesName.get(c.series) ?? ''}` } : {}),
          title: c.summary,
          meta: `${CATEGORY_LABELS[c.category]} · ${(index.controlsByCriterion.get(c.id) ?? []).length} controls`,
        }))
      : tab === 'control'
        ? results.control.map((c) => ({ ref: { kind: 'control', id: c.id }, title: c.title, meta: `${c.area} · ${FREQUENCY_LABELS[c.frequency]}${c.key ? ' · Key' : ''}${c.recommended ? ' · Recommended' : ''}` }))
        : results.policy.map((p) => ({ ref: { kind: 'policy', id: p.id }, title: p.title, meta: `${p.criteria.length} criteria · ${(index.controlsByPolicy.get(p.id) ?? []).length} controls` }));

  const detail = (() => {
    if (!selected) return null;
    const props = { index, onOpen: follow, headingRef: detailHeading };
    if (selected.kind === 'criterion') {
      const criterion = index.criterion.get(selected.id);
      return criterion ? <CriterionDetail key={selected.id} criterion={criterion} {...props} /> : null;
    }
    if (selected.kind === 'control') {
      const control = index.control.get(selected.id);
      return control ? <ControlDetail key={selected.id} control={control} {...props} /> : null;
    }
    const policy = index.policy.get(selected.id);
    return policy ? <PolicyDetail key={selected.id} policy={policy} {...props} /> : null;
  })();

  const filtered = query.trim() !== '' || filters.category !== 'all' || filters.area !== 'all' || filters.key !== 'all' || filters.recommendedOnly;
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));

  return (
    <div className="page catalog">
      <h1 tabIndex={-1}>Catalog</h1>
      <p className="lede">
        The Trust Services Criteria, the control library and the policy templates this engagement works from.{' '}
        {origin.source === 'library' && origin.library
          ? `Started from the library “${origin.library.name}” (${origin.library.version}) by ${origin.library.firmName}.`
          : `Catalog version ${origin.version || catalog.version}, kept with this engagement: later app updates do not change it.`}
      </p>

      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {saved && (
        <p className="message message--ok" role="status">
          Saved the library “{saved.name}” ({saved.controls} controls, {saved.policies} policy templates) to {saved.path}.
        </p>
      )}

      <div className="catalog-toolbar">
        <label className="field catalog-search">
          <span className="field__label">
            Search criteria, controls and policies <kbd>/</kbd>
          </span>
          <input ref={searchRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. access review, CC6.1, encryption" spellCheck={false} />
        </label>
        <label className="field">
          <span className="field__label">Category</span>
          <select value={filters.category} onChange={(e) => setFilter('category', e.target.value as CategoryKey | 'all')}>
            <option value="all">All categories</option>
            {CATEGORY_ORDER.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={openSave}>
          Save as library…
        </button>
      </div>

      <div className="catalog-tabs" role="tablist" aria-label="Catalog sections">
        {TABS.map((t, position) => (
          <button
            key={t.kind}
            id={`catalog-tab-${t.kind}`}
            type="button"
            role="tab"
            aria-selected={tab === t.kind}
            aria-controls="catalog-panel"
            tabIndex={tab === t.kind ? 0 : -1}
            className="catalog-tab"
            onClick={() => setTab(t.kind)}
            onKeyDown={(e) => onTabKey(e, position)}
          >
            {t.label} <span className="catalog-count">{results[t.kind].length}</span>
          </button>
        ))}
      </div>

      <div className="catalog-body" id="catalog-panel" role="tabpanel" aria-labelledby={`catalog-tab-${tab}`}>
        <div className="catalog-side">
          {tab === 'control' && (
            <div className="catalog-filters">
              <label className="field">
                <span className="field__label">Area</span>
                <select value={filters.area} onChange={(e) => setFilter('area', e.target.value)}>
                  <option value="all">All areas</option>
                  {index.areas.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">Key or supporting</span>
                <select value={filters.key} onChange={(e) => setFilter('key', e.target.value as Filters['key'])}>
                  <option value="all">Both</option>
                  <option value="key">Key controls</option>
                  <option value="supporting">Supporting controls</option>
                </select>
              </label>
              <label className="choice">
                <input type="checkbox" checked={filters.recommendedOnly} onChange={(e) => setFilter('recommendedOnly', e.target.checked)} />
                <span>Recommended starter set only</span>
              </label>
            </div>
          )}
          <CatalogList
            rows={rows}
            selected={selected}
            onSelect={select}
            label={TABS.find((t) => t.kind === tab)!.label}
            empty={
              <div className="empty-state">
                <p>Nothing here matches{query.trim() !== '' ? ` “${query.trim()}”` : ''} with the filters chosen.</p>
                {filtered && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setQuery('');
                      setFilters(NO_FILTERS);
                    }}
                  >
                    Clear search and filters
                  </button>
                )}
              </div>
            }
          />
        </div>
        <section className="catalog-detail card" aria-label="Details">
          {history.length > 0 && selected && (
            <button type="button" className="button button--quiet catalog-back" onClick={back}>
              ← Back to {history[history.length - 1]!.id}
            </button>
          )}
          {detail ?? (
            <div className="empty-state">
              <h2>Pick an item to see how it connects</h2>
              <p>Choose a criterion to see the controls and policies that address it, a control to see its criteria, evidence and test procedure, or a policy to read its template. Press / to search, and the arrow keys to move through a list.</p>
            </div>
          )}
        </section>
      </div>

      <SaveLibraryDialog
        open={saving}
        defaultFolder={libraryDefaults?.folder ?? ''}
        firmName={libraryDefaults?.firm ?? ''}
        onClose={() => setSaving(false)}
        onSaved={(result) => {
          setSaved(result);
          setSaving(false);
        }}
      />
    </div>
  );
}
