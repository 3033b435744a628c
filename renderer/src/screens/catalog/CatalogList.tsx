import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ItemRef } from './catalog-model';

export interface ListRow {
  ref: ItemRef;
  /** Rows with a group start a new titled group (criteria are grouped by series). */
  group?: string;
  title: string;
  meta: ReactNode;
}

/**
 * The list side of the catalog: one button per item. Up/Down arrows move between items (and select
 * them), Home/End jump to the ends, so the whole list can be walked from the keyboard.
 */
export function CatalogList({ rows, selected, onSelect, label, empty }: { rows: ListRow[]; selected: ItemRef | null; onSelect(ref: ItemRef): void; label: string; empty: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const selectedKey = selected ? `${selected.kind}:${selected.id}` : null;

  // After following a link the selected item may be far down the list: scroll the list (only the
  // list, not the page) so it is in view.
  useEffect(() => {
    const list = container.current;
    const item = selectedKey ? list?.querySelector<HTMLElement>(`[data-item="${CSS.escape(selectedKey)}"]`) : null;
    if (!list || !item) return;
    const top = item.offsetTop; // the list is position: relative, so this is within the list
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = Math.max(0, top - list.clientHeight / 3);
  }, [selectedKey, label]);

  if (rows.length === 0) return <div className="catalog-list catalog-list--empty">{empty}</div>;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, (index: number, count: number) => number> = {
      ArrowDown: (i, n) => Math.min(n - 1, i + 1),
      ArrowUp: (i) => Math.max(0, i - 1),
      Home: () => 0,
      End: (_i, n) => n - 1,
    };
    const move = keys[event.key];
    if (!move) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.catalog-item')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[move(current < 0 ? 0 : current, buttons.length)];
    if (!next) return;
    event.preventDefault();
    next.focus();
    next.click();
  };

  const items: ReactNode[] = [];
  for (const row of rows) {
    if (row.group) {
      items.push(
        <li key={`group:${row.group}`} className="catalog-list__group">
          {row.group}
        </li>,
      );
    }
    const isSelected = selected?.kind === row.ref.kind && selected.id === row.ref.id;
    items.push(
      <li key={row.ref.id}>
        <button type="button" className="catalog-item" aria-current={isSelected ? 'true' : undefined} onClick={() => onSelect(row.ref)} data-item={`${row.ref.kind}:${row.ref.id}`}>
          <span className="catalog-item__id">{row.ref.id}</span>
          <span className="catalog-item__title">{row.title}</span>
          <span className="catalog-item__meta">{row.meta}</span>
        </button>
      </li>,
    );
  }
  return (
    <div className="catalog-list" onKeyDown={onKeyDown} ref={container}>
      <ul aria-label={label}>{items}</ul>
    </div>
  );
}
