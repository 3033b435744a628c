import { useId, useMemo, useState } from 'react';

export interface CheckOption<K extends string | number> {
  value: K;
  label: string;
  detail?: string;
}

interface Props<K extends string | number> {
  legend: string;
  options: CheckOption<K>[];
  selected: readonly K[];
  onChange(next: K[]): void;
  /** Shown when there are no options: what to do to get some. */
  empty: string;
  /** Offer a filter box above long lists. */
  filterExample?: string;
}

/**
 * A labelled group of checkboxes (criteria, policies, systems) with an optional filter for long lists.
 * The order never changes on ticking, so focus stays where the person left it.
 */
export function CheckList<K extends string | number>({ legend, options, selected, onChange, empty, filterExample }: Props<K>) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const chosen = useMemo(() => new Set(selected), [selected]);
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return options.filter((option) => words.every((word) => `${option.label} ${option.detail ?? ''}`.toLowerCase().includes(word)));
  }, [options, filter]);
  const toggle = (value: K) => onChange(chosen.has(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <fieldset className="ctl-checklist">
      <legend>
        {legend} <span className="muted">({selected.length} chosen)</span>
      </legend>
      {selected.length > 0 && (
        <p className="ctl-checklist__chosen">
          Chosen:{' '}
          {options
            .filter((option) => chosen.has(option.value))
            .map((option) => option.label)
            .join(', ')}
        </p>
      )}
      {options.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <>
          {filterExample && options.length > 8 && (
            <label className="field" htmlFor={filterId}>
              <span className="visually-hidden">Filter {legend.toLowerCase()}</span>
              <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={filterExample} />
            </label>
          )}
          <ul className="ctl-checklist__list">
            {shown.map((option) => (
              <li key={String(option.value)}>
                <label className="choice">
                  <input type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
                  <span>
                    <strong>{option.label}</strong>
                    {option.detail && <span className="choice__detail">{option.detail}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
