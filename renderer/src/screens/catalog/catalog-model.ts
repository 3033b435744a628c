import type { CatalogView } from '../../../../core/api/schemas/catalog';

export type Criterion = CatalogView['criteria'][number];
export type Control = CatalogView['controls'][number];
export type Policy = CatalogView['policies'][number];
export type CategoryKey = Criterion['category'];

export type ItemKind = 'criterion' | 'control' | 'policy';
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

export const CATEGORY_LABELS: Record<CategoryKey, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as CategoryKey[];

/**
 * The catalog with its cross-links worked out once: criterion → controls and policies, control →
 * categories, policy → citing controls. Lookups while browsing are then map reads, so following a
 * link or typing in the search box never rescans the whole catalog more than once per keystroke.
 */
export interface CatalogIndex {
  catalog: CatalogView;
  criterion: Map<string, Criterion>;
  control: Map<string, Control>;
  policy: Map<string, Policy>;
  seriesName: Map<string, string>;
  controlsByCriterion: Map<string, Control[]>;
  policiesByCriterion: Map<string, Policy[]>;
  controlsByPolicy: Map<string, Control[]>;
  controlCategories: Map<string, Set<CategoryKey>>;
  areas: string[];
  /** Lower-cased text searched for each item, keyed "kind:id". */
  haystack: Map<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(catalog: CatalogView): CatalogIndex {
  const criterion = new Map(catalog.criteria.map((c) => [c.id, c]));
  const controlsByCriterion = new Map<string, Control[]>();
  const policiesByCriterion = new Map<string, Policy[]>();
  const controlsByPolicy = new Map<string, Control[]>();
  const controlCategories = new Map<string, Set<CategoryKey>>();
  const haystack = new Map<string, string>();

  for (const control of catalog.controls) {
    for (const id of control.criteria) push(controlsByCriterion, id, control);
    for (const id of control.policies) push(controlsByPolicy, id, control);
    controlCategories.set(control.id, new Set(control.criteria.map((id) => criterion.get(id)?.category).filter((c): c is CategoryKey => c !== undefined)));
    haystack.set(`control:${control.id}`, [control.id, control.title, control.area, control.objective, ...control.suggestedEvidence, ...control.testProcedure.steps, ...control.criteria].join('\n').toLowerCase());
  }
  for (const policy of catalog.policies) {
    for (const id of policy.criteria) push(policiesByCriterion, id, policy);
    haystack.set(`policy:${policy.id}`, [policy.id, policy.title, policy.summary, policy.markdown].join('\n').toLowerCase());
  }
  for (const c of catalog.criteria) {
    haystack.set(`criterion:${c.id}`, [c.id, c.summary, c.guidance, ...c.pointsOfFocus].join('\n').toLowerCase());
  }
  return {
    catalog,
    criterion,
    control: new Map(catalog.controls.map((c) => [c.id, c])),
    policy: new Map(catalog.policies.map((p) => [p.id, p])),
    seriesName: new Map(catalog.series.map((s) => [s.id, s.name])),
    controlsByCriterion,
    policiesByCriterion,
    controlsByPolicy,
    controlCategories,
    areas: [...new Set(catalog.controls.map((c) => c.area))],
    haystack,
  };
}

/** Every word of the query must appear somewhere in the item (id, title, summary or text). */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

export function matches(index: CatalogIndex, ref: ItemRef, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = index.haystack.get(`${ref.kind}:${ref.id}`) ?? '';
  return words.every((word) => text.includes(word));
}

/**
 * Best matches first: the query in the id or title, then all its words in the title, then the exact
 * phrase anywhere in the text; catalog order otherwise, so lists stay predictable.
 */
export function rank<T extends { id: string }>(items: T[], title: (item: T) => string, words: string[], text: (item: T) => string): T[] {
  if (words.length === 0) return items;
  const phrase = words.join(' ');
  const score = (item: T) => {
    const head = `${item.id} ${title(item)}`.toLowerCase();
    if (head.includes(phrase)) return 0;
    if (words.every((w) => head.includes(w))) return 1;
    return text(item).includes(phrase) ? 2 : 3;
  };
  return items
    .map((item, order) => ({ item, order, score: score(item) }))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((entry) => entry.item);
}

export interface Filters {
  category: CategoryKey | 'all';
  area: string;
  key: 'all' | 'key' | 'supporting';
  recommendedOnly: boolean;
}

export const NO_FILTERS: Filters = { category: 'all', area: 'all', key: 'all', recommendedOnly: false };

export function filterCriteria(index: CatalogIndex, filters: Filters, words: string[]): Criterion[] {
  const list = index.catalog.criteria.filter((c) => (filters.category === 'all' || c.category === filters.category) && matches(index, { kind: 'criterion', id: c.id }, words));
  return rank(list, (c) => c.summary, words, (c) => index.haystack.get(`criterion:${c.id}`) ?? '');
}

export function filterControls(index: CatalogIndex, filters: Filters, words: string[]): Control[] {
  const list = index.catalog.controls.filter(
    (c) =>
      (filters.category === 'all' || index.controlCategories.get(c.id)?.has(filters.category)) &&
      (filters.area === 'all' || c.area === filters.area) &&
      (filters.key === 'all' || (filters.key === 'key') === c.key) &&
      (!filters.recommendedOnly || c.recommended) &&
      matches(index, { kind: 'control', id: c.id }, words),
  );
  return rank(list, (c) => c.title, words, (c) => index.haystack.get(`control:${c.id}`) ?? '');
}

export function filterPolicies(index: CatalogIndex, filters: Filters, words: string[]): Policy[] {
  const list = index.catalog.policies.filter((p) => (filters.category === 'all' || p.categories.includes(filters.category)) && matches(index, { kind: 'policy', id: p.id }, words));
  return rank(list, (p) => p.title, words, (p) => index.haystack.get(`policy:${p.id}`) ?? '');
}

export const FREQUENCY_LABELS: Record<Control['frequency'], string> = {
  continuous: 'Continuous',
  'multiple-times-daily': 'Several times a day',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'semi-annual': 'Twice a year',
  annual: 'Annual',
  'per-event': 'Per event',
};

export const AUTOMATION_LABELS: Record<Control['automation'], string> = {
  manual: 'Manual',
  'it-dependent-manual': 'IT-dependent manual',
  automated: 'Automated',
};

export const METHOD_LABELS: Record<Control['testProcedure']['methods'][number], string> = {
  inquiry: 'Inquiry',
  observation: 'Observation',
  inspection: 'Inspection',
  reperformance: 'Re-performance',
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
