import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EvidenceItemView } from '../../../../core/api/evidence-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatBytes } from './evidence-files';

export interface EvidenceFilter {
  search: string;
  controlRef: string;
  method: '' | 'export' | 'screenshot' | 'document' | 'attestation';
}

const PAGE = 100;
const ROW_HEIGHT = 60;

function coversText(item: EvidenceItemView): string {
  if (!item.coversTo) return 'no date yet';
  return item.coversFrom ? `${item.coversFrom} – ${item.coversTo}` : `as of ${item.coversTo}`;
}

/**
 * The evidence list: any number of items in a fixed-height scroller that renders only the rows in
 * view (tens of thousands stay smooth) and fetches their metadata a page at a time as they come into
 * view. Arrow keys, Home and End move the selection; the selected item opens beside the list.
 */
export function EvidenceList({ filter, reloadKey, selected, onSelect, onTotal }: { filter: EvidenceFilter; reloadKey: number; selected: string | null; onSelect(ref: string): void; onTotal(total: number): void }) {
  const api = useApi();
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, EvidenceItemView[]>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const scroller = useRef<HTMLDivElement>(null);

  const query = useCallback(
    (page: number) => ({
      offset: page * PAGE,
      limit: PAGE,
      ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
      ...(filter.controlRef ? { controlRef: filter.controlRef } : {}),
      ...(filter.method ? { method: filter.method } : {}),
    }),
    [filter],
  );

  const loadPage = useCallback(
    (page: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const mine = generation.current;
      api.call('evidence.list', query(page)).then(
        (result) => {
          if (mine !== generation.current) return;
          setTotal(result.total);
          onTotal(result.total);
          setPages((before) => new Map(before).set(page, result.items));
        },
        (caught: unknown) => {
          loading.current.delete(page);
          setError(caught);
        },
      );
    },
    [api, query, onTotal],
  );

  // A new filter or a change to the evidence starts again from the first page.
  useEffect(() => {
    generation.current += 1;
    loading.current = new Set();
    setPages(new Map());
    setError(null);
    loadPage(0);
  }, [loadPage, reloadKey]);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const visible = virtualizer.getVirtualItems();
  const firstPage = visible.length > 0 ? Math.floor(visible[0]!.index / PAGE) : 0;
  const lastPage = visible.length > 0 ? Math.floor(visible[visible.length - 1]!.index / PAGE) : 0;
  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page += 1) if (!pages.has(page)) loadPage(page);
  }, [firstPage, lastPage, pages, loadPage]);

  const itemAt = (index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  const selectedIndex = (() => {
    for (const [page, items] of pages) {
      const at = items.findIndex((item) => item.ref === selected);
      if (at >= 0) return page * PAGE + at;
    }
    return -1;
  })();

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!total) return;
    const keys: Record<string, number> = { ArrowDown: selectedIndex + 1, ArrowUp: selectedIndex - 1, Home: 0, End: total - 1, PageDown: selectedIndex + 10, PageUp: selectedIndex - 10 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(total - 1, target));
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const item = itemAt(index);
    if (item) onSelect(item.ref);
    else loadPage(Math.floor(index / PAGE));
  };

  if (error) return <ErrorMessage error={error} onDismiss={() => setError(null)} />;
  if (total === null) return <p aria-busy="true">Loading the evidence list…</p>;
  if (total === 0) return <p className="muted evidence-list__none">No evidence matches these filters. Clear the search or choose another control.</p>;

  return (
    <div
      ref={scroller}
      className="evidence-list"
      role="listbox"
      tabIndex={0}
      aria-label={`Evidence, ${total.toLocaleString()} item${total === 1 ? '' : 's'}`}
      aria-activedescendant={selected && selectedIndex >= 0 ? `evidence-row-${selected}` : undefined}
      onKeyDown={move}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {visible.map((row) => {
          const item = itemAt(row.index);
          return (
            <div
              key={row.key}
              id={item ? `evidence-row-${item.ref}` : undefined}
              role="option"
              aria-selected={item !== undefined && item.ref === selected}
              aria-posinset={row.index + 1}
              aria-setsize={total}
              className="evidence-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              onClick={() => item && onSelect(item.ref)}
            >
              {item ? (
                <>
                  <span className="evidence-row__line">
                    <span className="evidence-row__ref">{item.ref}</span>
                    <span className="evidence-row__name">{item.fileName}</span>
                  </span>
                  <span className="evidence-row__meta">
                    {item.controls.length > 0 ? item.controls.join(', ') : 'no control linked'} · {coversText(item)} · {formatBytes(item.size)}
                    {item.redacted ? ' · redacted' : ''}
                  </span>
                </>
              ) : (
                <span className="muted">Loading…</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
