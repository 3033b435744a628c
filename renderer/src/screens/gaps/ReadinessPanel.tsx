import { useEffect, useRef, useState } from 'react';
import type { ReadinessView } from '../../../../core/api/gap-types';
import { formatPercent } from './labels';
import { ReadinessDrilldown, type ScoreKind } from './ReadinessDrilldown';
import { ScoreMeter } from './ScoreMeter';

/**
 * The two readiness scores as buttons: pressing one opens the drill-down that explains every point.
 * Per-category bars sit beside them.
 */
export function ReadinessPanel({ readiness, compact = false }: { readiness: ReadinessView; compact?: boolean }) {
  const [open, setOpen] = useState<ScoreKind | null>(null);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) container.current?.querySelector<HTMLElement>('.drilldown h3')?.focus();
  }, [open]);
  const tile = (kind: ScoreKind, title: string, question: string) => {
    const value = kind === 'design' ? readiness.overall.design : readiness.overall.operating;
    return (
      <button type="button" className={`score-tile${open === kind ? ' score-tile--open' : ''}`} aria-expanded={open === kind} onClick={() => setOpen(open === kind ? null : kind)}>
        <span className="score-tile__title">{title}</span>
        <span className="score-tile__value">{formatPercent(value.percent)}</span>
        <span className="score-tile__detail">
          {question} · {value.earned} of {value.possible} points · {open === kind ? 'hide' : 'show'} how it is counted
        </span>
      </button>
    );
  };
  return (
    <div className="readiness-panel" ref={container}>
      <div className="readiness-panel__tiles">
        {tile('design', 'Design readiness', 'Are suitable controls in place?')}
        {tile('operating', 'Operating readiness', 'Did they operate across the period?')}
        {!compact && (
          <div className="readiness-panel__categories" aria-label="Design readiness by category" role="group">
            {readiness.byCategory.map((group) => (
              <ScoreMeter key={group.id} label={group.name} value={group.design} />
            ))}
          </div>
        )}
      </div>
      {open && <ReadinessDrilldown readiness={readiness} kind={open} onKind={setOpen} onClose={() => setOpen(null)} />}
    </div>
  );
}
