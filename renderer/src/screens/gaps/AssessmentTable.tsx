import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AssessmentListView, AssessmentStatus, CriterionAssessmentView } from '../../../../core/api/gap-types';
import type { CategoryId } from '../../../../core/api/types';
import { choices } from '../scope/labels';
import { BulkStatusBar } from './BulkStatusBar';
import type { GapActions } from './gap-actions';
import { CATEGORY_LABELS, formatPoints, STATUS_LABELS } from './labels';
import { StatusCellEditor } from './StatusCellEditor';

type SortKey = 'id' | 'status' | 'controls' | 'open' | 'points';
const STATUS_RANK: Record<AssessmentStatus, number> = { 'not-assessed': 0, gap: 1, 'partially-met': 2, met: 3, 'not-applicable': 4 };
const implemented = (c: CriterionAssessmentView) => c.controls.filter((control) => control.implementationStatus === 'implemented').length;
const openItems = (c: CriterionAssessmentView) => c.remediation.filter((item) => item.status !== 'done').length;
const SORTERS: Record<SortKey, (a: CriterionAssessmentView, b: CriterionAssessmentView) => number> = {
  id: () => 0,
  status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
  controls: (a, b) => implemented(a) - implemented(b),
  open: (a, b) => openItems(a) - openItems(b),
  points: (a, b) => a.designPoints - b.designPoints,
};

/**
 * The expert view: every in-scope criterion in one grid with filters, sorting and bulk status edits.
 * Keyboard: ↑/↓ (Home/End) move between rows, Space selects, Ctrl+A selects all shown, Enter edits
 * the status (Enter saves, Escape cancels).
 */
export function AssessmentTable({ list, actions, onOpen }: { list: AssessmentListView; actions: GapActions; onOpen(criterionId: string): void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<AssessmentStatus | ''>('');
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'id', ascending: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const order = new Map(list.criteria.map((c, i) => [c.criterionId, i]));
    const filtered = list.criteria.filter((c) => (!status || c.status === status) && (!category || c.category === category) && (!needle || `${c.criterionId} ${c.summary} ${c.currentPractice}`.toLowerCase().includes(needle)));
    const direction = sort.ascending ? 1 : -1;
    return [...filtered].sort((a, b) => direction * (SORTERS[sort.key](a, b) || order.get(a.criterionId)! - order.get(b.criterionId)!));
  }, [list.criteria, text, status, category, sort]);
  const categories = [...new Set(list.criteria.map((c) => c.category))];

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setActive(next);
    rows.current[next]?.focus();
  };
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  const moves: Record<string, (index: number) => number> = {
    ArrowDown: (index) => index + 1,
    ArrowUp: (index) => index - 1,
    Home: () => 0,
    End: () => shown.length - 1,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, criterion: CriterionAssessmentView) => {
    // Keys typed inside the row's own editor belong to the editor.
    if (event.target !== event.currentTarget) return;
    const move = moves[event.key];
    if (move) focusRow(move(index));
    else if (event.key === ' ') toggle(criterion.criterionId);
    else if (event.key === 'Enter') setEditing(criterion.criterionId);
    else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) setSelected(new Set(shown.map((c) => c.criterionId)));
    else return;
    event.preventDefault();
  };

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort({ key, ascending: sort.key === key ? !sort.ascending : true })}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="stack">
      <div className="toolbar table-filters">
        <label className="field">
          <span className="field__label">Search</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. CC6 or backup" />
        </label>
        <label className="field">
          <span className="field__label">Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as AssessmentStatus | '')}>
            <option value="">Any status</option>
            {choices(STATUS_LABELS).map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Category</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as CategoryId | '')}>
            <option value="">Every category</option>
            {categories.map((value) => (
              <option key={value} value={value}>
                {CATEGORY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" aria-live="polite">
          Showing {shown.length} of {list.criteria.length}
        </p>
      </div>

      <BulkStatusBar count={selected.size} onClear={() => setSelected(new Set())} onApply={async (next, reason) => (await actions.setStatuses([...selected], next, reason)) && setSelected(new Set())} />

      <p className="muted keyboard-hint" id="grid-keys">
        Keyboard: <kbd>↑</kbd>/<kbd>↓</kbd> move, <kbd>Space</kbd> select, <kbd>Ctrl</kbd>+<kbd>A</kbd> select all shown, <kbd>Enter</kbd> edit the status.
      </p>
      <div className="table-scroll">
        <table className="table assessment-grid" role="grid" aria-multiselectable="true" aria-describedby="grid-keys" aria-rowcount={shown.length + 1}>
          <caption className="visually-hidden">Criteria in scope with their assessment</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Selected</span>
              </th>
              {header('id', 'Criterion')}
              {header('status', 'Status')}
              {header('controls', 'Controls')}
              {header('open', 'Open items')}
              {header('points', 'Design points')}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={6} className="empty-state">
                  No criteria match these filters.
                </td>
              </tr>
            )}
            {shown.map((criterion, index) => {
              const isSelected = selected.has(criterion.criterionId);
              return (
                <tr
                  key={criterion.criterionId}
                  ref={(element) => {
                    rows.current[index] = element;
                  }}
                  tabIndex={index === Math.min(active, shown.length - 1) ? 0 : -1}
                  aria-selected={isSelected}
                  className={`grid-row${isSelected ? ' grid-row--selected' : ''}`}
                  onKeyDown={(event) => onKeyDown(event, index, criterion)}
                  onFocus={() => setActive(index)}
                >
                  <td>
                    <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => toggle(criterion.criterionId)} aria-label={`Select ${criterion.criterionId}`} />
                  </td>
                  <th scope="row">
                    <button type="button" className="link-button" tabIndex={-1} onClick={() => onOpen(criterion.criterionId)}>
                      {criterion.criterionId}
                    </button>
                    <span className="table__note">{criterion.summary}</span>
                  </th>
                  <td>
                    {editing === criterion.criterionId ? (
                      <StatusCellEditor
                        criterion={criterion}
                        onDone={(next, reason) => {
                          setEditing(null);
                          if (next && (next !== criterion.status || reason !== undefined)) actions.saveAssessment(criterion.criterionId, next === 'not-applicable' ? { status: next, naReason: reason ?? '' } : { status: next });
                          rows.current[index]?.focus();
                        }}
                      />
                    ) : (
                      <span className={`status-pill status-pill--${criterion.status}`}>{STATUS_LABELS[criterion.status]}</span>
                    )}
                  </td>
                  <td>
                    {implemented(criterion)} of {criterion.controls.length} implemented
                  </td>
                  <td>{openItems(criterion)}</td>
                  <td>{criterion.status === 'not-applicable' ? '—' : formatPoints(criterion.designPoints)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
