import { useId, useState } from 'react';
import type { EvidenceControlView } from '../../../../core/api/evidence-types';

/**
 * The empty state that teaches: what auditors usually expect as evidence for a chosen control, from
 * the engagement's catalog (its suggested evidence), so a newcomer knows what to go and collect.
 */
export function EvidenceGuide({ controls }: { controls: EvidenceControlView[] }) {
  const withoutEvidence = controls.filter((control) => control.evidenceCount === 0 && control.suggestedEvidence.length > 0);
  const [chosen, setChosen] = useState(withoutEvidence[0]?.ref ?? controls[0]?.ref ?? '');
  const selectId = useId();
  const control = controls.find((c) => c.ref === chosen);
  if (controls.length === 0) {
    return <p>Adopt controls in step 2 or 3 first: each one lists the evidence auditors usually expect for it.</p>;
  }
  return (
    <div className="evidence-guide">
      <div className="field">
        <label htmlFor={selectId} className="field__label">See what auditors usually expect for this control</label>
        <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {controls.map((c) => (
            <option key={c.ref} value={c.ref}>
              {c.ref} {c.title}
              {c.evidenceCount > 0 ? ` (${c.evidenceCount} item${c.evidenceCount === 1 ? '' : 's'})` : ''}
            </option>
          ))}
        </select>
      </div>
      {control && (
        <>
          <p className="muted">
            {control.ref} runs {control.frequency === 'per-event' ? 'for each event' : control.frequency}
            {control.criteria.length > 0 ? ` and supports ${control.criteria.join(', ')}` : ''}. Usually expected:
          </p>
          <ul className="evidence-guide__list">
            {control.suggestedEvidence.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
