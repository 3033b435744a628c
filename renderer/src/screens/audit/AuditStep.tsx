import { useCallback, useEffect, useRef, type ComponentType } from 'react';
import { useRefreshSummary } from '../../components/use-refresh-summary';
import { useSection } from '../../components/use-section';
import type { StepContentProps } from '../StepPage';
import { ChecklistPanel } from './ChecklistPanel';
import { DraftsPanel } from './DraftsPanel';
import { ExceptionsPanel } from './ExceptionsPanel';
import { FinalReportPanel } from './FinalReportPanel';
import { PbcPanel } from './PbcPanel';
import { SealPanel } from './SealPanel';
import '../../styles/scope-gaps.css';
import '../../styles/audit.css';

export type AuditSectionId = 'checklist' | 'drafts' | 'seal' | 'requests' | 'exceptions' | 'report';

const ORDER: readonly AuditSectionId[] = ['checklist', 'drafts', 'seal', 'requests', 'exceptions', 'report'];

const TITLES: Record<AuditSectionId, string> = {
  checklist: 'Readiness checklist',
  drafts: 'Assertion and description',
  seal: 'Seal and package',
  requests: 'Auditor requests (PBC)',
  exceptions: 'Exceptions and responses',
  report: 'Final report',
};

/** What every part of step 5 receives. */
export interface AuditSectionProps {
  /** Call after every saved edit: refreshes the step states in the navigation. */
  onSaved(): void;
  goTo(section: AuditSectionId): void;
}

const SECTIONS: Record<AuditSectionId, ComponentType<AuditSectionProps>> = {
  checklist: ChecklistPanel,
  drafts: DraftsPanel,
  seal: SealPanel,
  requests: PbcPanel,
  exceptions: ExceptionsPanel,
  report: FinalReportPanel,
};

/**
 * Step 5: clear the readiness checklist (or waive items with a reason), review management's drafts,
 * seal a version and write the package, then track fieldwork: the auditor's requests, the exceptions
 * they raise with management's responses, and receipt of the final report.
 */
export function AuditStep({ onSummary }: StepContentProps) {
  const refreshSummary = useRefreshSummary(onSummary);
  const [section, setSection] = useSection<AuditSectionId>('audit', ORDER, 'checklist');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);
  const goTo = useCallback(
    (next: AuditSectionId) => {
      moved.current = true;
      setSection(next);
    },
    [setSection],
  );
  const Section = SECTIONS[section];
  return (
    <div className="audit-step">
      <nav className="section-nav" aria-label="Parts of step 5">
        <ol>
          {ORDER.map((id, position) => (
            <li key={id}>
              <button type="button" className="section-nav__item" aria-current={id === section ? 'step' : undefined} onClick={() => goTo(id)}>
                <span className="section-nav__number" aria-hidden="true">
                  {position + 1}
                </span>
                {TITLES[id]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="scope-section" aria-labelledby="audit-section-heading">
        <h2 id="audit-section-heading" ref={heading} tabIndex={-1}>
          {TITLES[section]}
        </h2>
        <Section key={section} onSaved={refreshSummary} goTo={goTo} />
      </section>
    </div>
  );
}
