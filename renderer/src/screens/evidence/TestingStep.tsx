import { useCallback } from 'react';
import { useRefreshSummary } from '../../components/use-refresh-summary';
import { useSection } from '../../components/use-section';
import type { StepContentProps } from '../StepPage';
import { PeriodCoveragePanel } from '../testing/PeriodCoveragePanel';
import { PopulationsPanel } from '../testing/PopulationsPanel';
import { ReadinessTestingPanel } from '../testing/ReadinessTestingPanel';
import { EvidencePanel } from './EvidencePanel';
import '../../styles/scope-gaps.css';

/**
 * Step 4, Testing & Documentation. Each part of the step is a section: evidence first; populations
 * and internal readiness testing are added as further entries of SECTIONS (id, title, component).
 */
const SECTIONS = [
  { id: 'evidence', title: 'Evidence' },
  { id: 'populations', title: 'Populations' },
  { id: 'readiness', title: 'Readiness testing' },
  { id: 'coverage', title: 'Period coverage' },
] as const;
type Section = (typeof SECTIONS)[number]['id'];
const SECTION_IDS: readonly Section[] = SECTIONS.map((section) => section.id);

export function TestingStep({ onSummary }: StepContentProps) {
  const refreshSummary = useRefreshSummary(onSummary);
  const [section, setSection] = useSection<Section>('testing', SECTION_IDS, 'evidence');
  const changed = useCallback(() => refreshSummary(), [refreshSummary]);
  return (
    <div className="testing-step stack">
      <nav className="section-nav" aria-label="Parts of this step">
        <ol>
          {SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <button type="button" className="section-nav__item" aria-current={section === id ? 'page' : undefined} onClick={() => setSection(id)}>
                {title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {section === 'evidence' && <EvidencePanel onChanged={changed} />}
      {section === 'populations' && <PopulationsPanel onChanged={changed} />}
      {section === 'readiness' && <ReadinessTestingPanel onChanged={changed} />}
      {section === 'coverage' && <PeriodCoveragePanel onChanged={changed} />}
    </div>
  );
}
