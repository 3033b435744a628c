import type { ScoreValue } from '../../../../core/api/gap-types';
import { formatPercent } from './labels';

/** A labelled bar for one score; the number is always shown as text, the bar only repeats it. */
export function ScoreMeter({ label, value }: { label: string; value: ScoreValue }) {
  return (
    <div className="score-meter">
      <span className="score-meter__label">{label}</span>
      <span className="score-meter__bar" aria-hidden="true">
        <span className="score-meter__fill" style={{ width: `${value.percent ?? 0}%` }} />
      </span>
      <span className="score-meter__value">{formatPercent(value.percent)}</span>
    </div>
  );
}
