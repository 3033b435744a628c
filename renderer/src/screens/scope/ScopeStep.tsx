import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { ScopeSectionId, ScopeSummaryView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { useRefreshSummary } from '../../components/use-refresh-summary';
import { useSection } from '../../components/use-section';
import type { StepContentProps } from '../StepPage';
import { ScopeBasics } from '../ScopeBasics';
import { CategoriesSection } from './CategoriesSection';
import { CuecSection } from './CuecSection';
import { DescriptionSection } from './DescriptionSection';
import { ExclusionsSection } from './ExclusionsSection';
import { SECTION_ORDER, SECTION_TITLES } from './labels';
import { ProfileSection } from './ProfileSection';
import { ScopeSummary } from './ScopeSummary';
import { SystemsSection } from './SystemsSection';
import { VendorsSection } from './VendorsSection';
import '../../styles/scope-gaps.css';

/** What every section of step 1 receives. */
export interface ScopeSectionProps {
  /** Call after each saved edit: refreshes the step state and the section checklist. */
  onSaved(): void;
  goTo(section: ScopeSectionId): void;
}

const SECTIONS: Record<ScopeSectionId, ComponentType<ScopeSectionProps>> = {
  engagement: ScopeBasics,
  profile: ProfileSection,
  categories: CategoriesSection,
  description: DescriptionSection,
  cuecs: CuecSection,
  vendors: VendorsSection,
  systems: SystemsSection,
  exclusions: ExclusionsSection,
  summary: ScopeSummary,
};

/**
 * Step 1 as a short sequence of sections, each saving as you go. The section list marks the ones that
 * still need something before the scope can be confirmed; Next / Back walk them in order.
 */
export function ScopeStep({ onSummary }: StepContentProps) {
  const api = useApi();
  const refreshSummary = useRefreshSummary(onSummary);
  const [section, setSection] = useSection<ScopeSectionId>('scope', SECTION_ORDER, 'engagement');
  const [scope, setScope] = useState<ScopeSummaryView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const reload = useCallback(() => {
    void api.call('scope.summary').then(setScope, () => undefined);
  }, [api]);
  useEffect(reload, [reload]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);

  const onSaved = useCallback(() => {
    reload();
    refreshSummary();
  }, [reload, refreshSummary]);

  const goTo = useCallback(
    (next: ScopeSectionId) => {
      moved.current = true;
      setSection(next);
    },
    [setSection],
  );

  const todo = new Set((scope?.checklist ?? []).filter((item) => !item.done).map((item) => item.section));
  if (scope && scope.ready && !scope.confirmed) todo.add('summary');
  const index = SECTION_ORDER.indexOf(section);
  const Section = SECTIONS[section];
  const previous = SECTION_ORDER[index - 1];
  const next = SECTION_ORDER[index + 1];

  return (
    <div className="scope-step">
      <nav className="section-nav" aria-label="Parts of the scope">
        <ol>
          {SECTION_ORDER.map((id, position) => (
            <li key={id}>
              <button type="button" className="section-nav__item" aria-current={id === section ? 'step' : undefined} onClick={() => goTo(id)}>
                <span className="section-nav__number" aria-hidden="true">
                  {position + 1}
                </span>
                {SECTION_TITLES[id]}
                {todo.has(id) && (
                  <span className="section-nav__todo" title="Needs something before the scope can be confirmed">
                    <span aria-hidden="true"> •</span>
                    <span className="visually-hidden"> (needs attention)</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className="scope-section" aria-labelledby="scope-section-heading">
        <h2 id="scope-section-heading" ref={heading} tabIndex={-1}>
          {SECTION_TITLES[section]}
        </h2>
        <Section key={section} onSaved={onSaved} goTo={goTo} />
        <div className="section-footer">
          {previous && (
            <button type="button" className="button" onClick={() => goTo(previous)}>
              ← Back: {SECTION_TITLES[previous]}
            </button>
          )}
          {next && (
            <button type="button" className="button button--primary" onClick={() => goTo(next)}>
              Next: {SECTION_TITLES[next]} →
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
