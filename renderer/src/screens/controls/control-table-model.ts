import type { ControlImplementationView } from '../../../../core/api/control-types';
import type { ImplementationStatus } from '../../../../core/api/gap-types';

/**
 * Filtering and sorting of the controls table, kept free of React and the DOM so that it can be
 * measured on its own (tests/bench/controls.bench.ts: 500 controls well under 100 ms).
 */

export type ControlRow = Pick<ControlImplementationView, 'id' | 'ref' | 'title' | 'objective' | 'area' | 'owner' | 'frequency' | 'implementationStatus' | 'key' | 'retired' | 'criteria' | 'notes'> & { schedule: { expected: number } };

export type SortKey = 'ref' | 'title' | 'owner' | 'frequency' | 'status' | 'key' | 'criteria' | 'expected';

export interface ControlFilters {
  text: string;
  status: ImplementationStatus | '';
  area: string;
  frequency: string;
  /** '' any owner, 'none' only controls without one. */
  owner: '' | 'none';
  keyOnly: boolean;
  showRetired: boolean;
}

export const NO_FILTERS: ControlFilters = { text: '', status: '', area: '', frequency: '', owner: '', keyOnly: false, showRetired: false };

const STATUS_RANK: Record<ImplementationStatus, number> = { 'not-started': 0, 'in-progress': 1, implemented: 2 };
const FREQUENCY_RANK: Record<string, number> = { continuous: 0, 'multiple-times-daily': 1, daily: 2, weekly: 3, monthly: 4, quarterly: 5, 'semi-annual': 6, annual: 7, 'per-event': 8 };

/** Library IDs sort by prefix then number (ACC-2 before ACC-10); custom controls (C-n) after them. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const COMPARE: Record<SortKey, (a: ControlRow, b: ControlRow) => number> = {
  ref: (a, b) => Number(a.ref.startsWith('C-')) - Number(b.ref.startsWith('C-')) || collator.compare(a.ref, b.ref),
  title: (a, b) => collator.compare(a.title, b.title),
  // Controls without an owner come first: they are the ones that need one.
  owner: (a, b) => Number(a.owner !== '') - Number(b.owner !== '') || collator.compare(a.owner, b.owner),
  frequency: (a, b) => (FREQUENCY_RANK[a.frequency] ?? 99) - (FREQUENCY_RANK[b.frequency] ?? 99),
  status: (a, b) => STATUS_RANK[a.implementationStatus] - STATUS_RANK[b.implementationStatus],
  key: (a, b) => Number(b.key) - Number(a.key),
  criteria: (a, b) => a.criteria.length - b.criteria.length,
  expected: (a, b) => a.schedule.expected - b.schedule.expected,
};

/** Lower-cased text each row is searched in, computed once per list rather than on every keystroke. */
export function searchIndex<R extends ControlRow>(rows: readonly R[]): Map<number, string> {
  return new Map(rows.map((row) => [row.id, `${row.ref} ${row.title} ${row.owner} ${row.area} ${row.criteria.join(' ')} ${row.notes}`.toLowerCase()]));
}

export function filterControls<R extends ControlRow>(rows: readonly R[], filters: ControlFilters, index: ReadonlyMap<number, string> = searchIndex(rows)): R[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return rows.filter(
    (row) =>
      (filters.showRetired || !row.retired) &&
      (!filters.status || row.implementationStatus === filters.status) &&
      (!filters.area || row.area === filters.area) &&
      (!filters.frequency || row.frequency === filters.frequency) &&
      (filters.owner !== 'none' || row.owner.trim() === '') &&
      (!filters.keyOnly || row.key) &&
      words.every((word) => index.get(row.id)?.includes(word)),
  );
}

/** A stable sort: ties keep library order, so the table never jumps when values are equal. */
export function sortControls<R extends ControlRow>(rows: readonly R[], key: SortKey, ascending: boolean): R[] {
  const direction = ascending ? 1 : -1;
  const compare = COMPARE[key];
  return [...rows].sort((a, b) => direction * compare(a, b) || COMPARE.ref(a, b));
}
