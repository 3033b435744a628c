import type { ReactNode } from 'react';
import type { NextAction } from '../../../../core/api/gap-types';
import { routeHash } from '../../app/routes';
import { openSection } from '../../components/use-section';

/** A link to a step that also opens the right section of it. */
export function StepLink({ step, section, className, children }: { step: NextAction['step']; section: string | null; className?: string; children: ReactNode }) {
  const href = step === 'dashboard' ? routeHash({ page: 'dashboard' }) : routeHash({ page: 'step', step });
  return (
    <a
      className={className}
      href={href}
      onClick={() => {
        if (section && step !== 'dashboard') openSection(step, section);
      }}
    >
      {children}
    </a>
  );
}
