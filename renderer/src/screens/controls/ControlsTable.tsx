import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { ControlImplementationView } from '../../../../core/api/control-types';
import { IMPLEMENTATION_LABELS } from '../gaps/labels';
import type { SortKey } from './control-table-model';
import { FREQUENCY_LABELS } from './labels';

interface RowProps {
  control: ControlImplementationView;
  index: number;
  isSelected: boolean;
  isActive: boolean;
  register(index: number, element: HTMLTableRowElement | null): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, control: ControlImplementationView): void;
  onFocusRow(index: number): void;
  onToggle(id: number): void;
  onOpen(id: number): void;
}

/** One row; memoised so moving through 500 rows re-renders only the two whose focus changed. */
const ControlRowView = memo(function ControlRowView({ control, index, isSelected, isActive, register, onKeyDown, onFocusRow, onToggle, onOpen }: RowProps) {
  const classes = ['grid-row', isSelected ? 'grid-row--selected' : '', control.retired ? 'row--muted' : ''].filter(Boolean).join(' ');
  return (
    <tr ref={(element) => register(index, element)} tabIndex={isActive ? 0 : -1} aria-selected={isSelected} className={classes} onKeyDown={(event) => onKeyDown(event, index, control)} onFocus={() => onFocusRow(index)}>
      <td>
        <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => onToggle(control.id)} aria-label={`Select ${control.ref}`} />
      </td>
      <td className="ctl-ref">{control.ref}</td>
      <th scope="row">
        <button type="button" className="link-button ctl-title" tabIndex={-1} onClick={() => onOpen(control.id)}>
          {control.title}
        </button>
        <span className="table__note">
          {control.area}
          {control.retired ? ` · retired: ${control.retiredReason}` : ''}
        </span>
      </th>
      <td>{control.owner || <span className="pill pill--warn">no owner</span>}</td>
      <td>{FREQUENCY_LABELS[control.frequency]}</td>
      <td>
        <span className={`ctl-status ctl-status--${control.retired ? 'retired' : control.implementationStatus}`}>{control.retired ? 'Retired' : IMPLEMENTATION_LABELS[control.implementationStatus]}</span>
      </td>
      <td>{control.key ? <span className="pill pill--accent">Key</span> : <span className="visually-hidden">Supporting</span>}</td>
      <td className="ctl-number">{control.criteria.length}</td>
      <td className="ctl-number">{control.schedule.kind === 'periodic' ? control.schedule.expected : '—'}</td>
    </tr>
  );
});

interface Props {
  rows: ControlImplementationView[];
  sort: { key: SortKey; ascending: boolean };
  onSort(sort: { key: SortKey; ascending: boolean }): void;
  selected: Set<number>;
  onSelected(selected: Set<number>): void;
  onOpen(id: number): void;
}

/**
 * The controls grid. Keyboard: ↑/↓ (Home/End) move between rows, Space selects, Ctrl+A selects every
 * row shown, Enter opens the control's details; column headings sort.
 */
export function ControlsTable({ rows, sort, onSort, selected, onSelected, onOpen }: Props) {
  const [active, setActive] = useState(0);
  const elements = useRef<(HTMLTableRowElement | null)[]>([]);
  const register = useCallback((index: number, element: HTMLTableRowElement | null) => {
    elements.current[index] = element;
  }, []);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const toggle = useCallback(
    (id: number) => {
      const next = new Set(selectedRef.current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelected(next);
    },
    [onSelected],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number, control: ControlImplementationView) => {
      if (event.target !== event.currentTarget) return;
      const last = rowsRef.current.length - 1;
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last, PageDown: index + 10, PageUp: index - 10 };
      const target = moves[event.key];
      if (target !== undefined) {
        const next = Math.max(0, Math.min(last, target));
        setActive(next);
        elements.current[next]?.focus();
      } else if (event.key === ' ') toggle(control.id);
      else if (event.key === 'Enter') onOpen(control.id);
      else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) onSelected(new Set(rowsRef.current.map((row) => row.id)));
      else return;
      event.preventDefault();
    },
    [toggle, onOpen, onSelected],
  );

  const header = (key: SortKey, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort({ key, ascending: sort.key === key ? !sort.ascending : true })}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  const allShownSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  return (
    <>
      <p className="muted keyboard-hint" id="ctl-grid-keys">
        Keyboard: <kbd>↑</kbd>/<kbd>↓</kbd> move, <kbd>Space</kbd> select, <kbd>Ctrl</kbd>+<kbd>A</kbd> select all shown, <kbd>Enter</kbd> open the control.
      </p>
      <div className="table-scroll">
        <table className="table ctl-grid" role="grid" aria-multiselectable="true" aria-describedby="ctl-grid-keys" aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">Controls adopted in this engagement</caption>
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" checked={allShownSelected} onChange={() => onSelected(allShownSelected ? new Set() : new Set(rows.map((row) => row.id)))} aria-label="Select every control shown" />
              </th>
              {header('ref', 'ID')}
              {header('title', 'Control')}
              {header('owner', 'Owner')}
              {header('frequency', 'Frequency')}
              {header('status', 'Status')}
              {header('key', 'Key')}
              {header('criteria', 'Criteria', 'ctl-number')}
              {header('expected', 'Due in period', 'ctl-number ctl-narrow')}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={9} className="empty-state">
                  No controls match these filters. Clear the search or choose “Any status” to see them all.
                </td>
              </tr>
            )}
            {rows.map((control, index) => (
              <ControlRowView
                key={control.id}
                control={control}
                index={index}
                isSelected={selected.has(control.id)}
                isActive={index === activeIndex}
                register={register}
                onKeyDown={onKeyDown}
                onFocusRow={setActive}
                onToggle={toggle}
                onOpen={onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
