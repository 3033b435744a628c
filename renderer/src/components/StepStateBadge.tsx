import type { StepState } from '../../../core/api/types';

const LABELS: Record<StepState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

const ICONS: Record<StepState, string> = {
  'not-started': '○',
  'in-progress': '◐',
  complete: '●',
};

export function StepStateBadge({ state }: { state: StepState }) {
  return (
    <span className={`step-state step-state--${state}`}>
      <span aria-hidden="true">{ICONS[state]}</span> {LABELS[state]}
    </span>
  );
}
