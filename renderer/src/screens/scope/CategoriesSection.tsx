import { useCallback, useEffect, useState } from 'react';
import type { ScopeGuidanceView } from '../../../../core/api/scope-types';
import type { CategoryId, EngagementView } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { ScopeSectionProps } from './ScopeStep';

/**
 * The Trust Services Categories, with the catalog's guidance on when each applies. Removing a category
 * keeps its assessments (they stop counting, and count again if it is added back).
 */
export function CategoriesSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [engagement, setEngagement] = useState<EngagementView | null>(null);
  const [guidance, setGuidance] = useState<ScopeGuidanceView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  const load = useCallback(() => {
    Promise.all([api.call('engagement.get'), api.call('scope.guidance')]).then(([e, g]) => {
      setEngagement(e);
      setGuidance(g);
    }, setLoadError);
  }, [api]);
  useEffect(load, [load]);

  if (!engagement || !guidance) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the categories…</p>;

  const toggle = (id: CategoryId, on: boolean) => {
    const next = guidance.categories.map((c) => c.id).filter((c) => c === 'security' || (c === id ? on : engagement.categories.includes(c)));
    // Shown at once; the guidance (criteria counts, kept assessments) follows from the saved state.
    setGuidance({ ...guidance, categories: guidance.categories.map((c) => (c.id === id ? { ...c, inScope: on } : c)) });
    void run(async () => {
      setEngagement(await api.call('engagement.update', { categories: next }));
      setGuidance(await api.call('scope.guidance'));
      return true;
    }).then((saved) => {
      if (!saved) load();
    });
  };

  const inScopeCount = guidance.categories.filter((c) => c.inScope).reduce((sum, c) => sum + c.criteriaCount, 0);

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      <p className="lede">
        Security is in every SOC 2 report. Add another category only when you have made commitments about it to customers: each one adds criteria to assess and evidence to collect. In scope now: <strong>{inScopeCount} criteria</strong>.
      </p>
      <fieldset className="choice-group category-list">
        <legend>Which categories will the report cover?</legend>
        {guidance.categories.map((category) => (
          <div key={category.id} className={`category-card${category.inScope ? ' category-card--on' : ''}`}>
            <label className="choice">
              <input type="checkbox" checked={category.inScope} disabled={category.alwaysInScope} onChange={(e) => toggle(category.id, e.target.checked)} aria-describedby={`category-${category.id}-when`} />
              <span>
                <strong>{category.name}</strong> <span className="muted">({category.criteriaCount} criteria{category.alwaysInScope ? ', always in scope' : ''})</span>
              </span>
            </label>
            <p id={`category-${category.id}-when`} className="category-card__when">
              {category.whenToInclude}
            </p>
            {category.signals.length > 0 && (
              <details>
                <summary>Signs that you need it</summary>
                <ul>
                  {category.signals.map((signal) => (
                    <li key={signal}>{signal}</li>
                  ))}
                </ul>
              </details>
            )}
            {category.keptAssessments > 0 && (
              <p className="notice notice--info">
                {category.keptAssessments} assessment{category.keptAssessments === 1 ? ' is' : 's are'} kept from when {category.name} was in scope. They do not count now, and come back if you add it again.
              </p>
            )}
          </div>
        ))}
      </fieldset>
    </div>
  );
}
