import { useId, useState } from 'react';
import type { ChecklistItemView } from '../../../../core/api/audit-types';

const BADGE: Record<ChecklistItemView['effective'], { label: string; className: string }> = {
  pass: { label: 'Passed', className: 'pill pill--ok' },
  fail: { label: 'Open', className: 'pill pill--danger' },
  waived: { label: 'Waived', className: 'pill pill--high' },
  unavailable: { label: 'Not yet available', className: 'pill pill--medium' },
};

const MAX_PROBLEMS = 5;

interface Props {
  item: ChecklistItemView;
  onWaive(reason: string): Promise<boolean>;
  onUnwaive(): void;
  onOpenDrafts(): void;
}

/** One checklist item: its result, what is wrong, where to fix it, and its waiver (with the reason). */
export function ChecklistItem({ item, onWaive, onUnwaive, onOpenDrafts }: Props) {
  const reasonId = useId();
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  const [showAll, setShowAll] = useState(false);
  const badge = BADGE[item.effective];
  const problems = showAll ? item.problems : item.problems.slice(0, MAX_PROBLEMS);
  const fixHere = item.fix.route === 'step/audit';

  return (
    <li className={`audit-checklist__item audit-checklist__item--${item.effective}`}>
      <div className="audit-checklist__head">
        <span className={badge.className}>{badge.label}</span>
        <h3 className="audit-checklist__title">{item.title}</h3>
      </div>
      <p className="audit-checklist__summary">{item.summary}</p>
      {problems.length > 0 && (
        <ul className="audit-checklist__problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {item.problems.length > MAX_PROBLEMS && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${item.problems.length}`}
        </button>
      )}
      <p className="audit-checklist__why">{item.why}</p>
      {item.waiver && (
        <p className="audit-checklist__waiver">
          <strong>{item.status === 'pass' ? 'Waiver no longer needed' : 'Waived'}</strong> by {item.waiver.by} on {item.waiver.at.slice(0, 10)}: {item.waiver.reason}
        </p>
      )}
      <div className="inline-actions">
        {item.effective !== 'pass' &&
          (fixHere ? (
            <button type="button" className="button" onClick={onOpenDrafts}>
              Review the drafts
            </button>
          ) : (
            <a className="button" href={`#/${item.fix.route}`}>
              Fix in {item.fix.label}
            </a>
          ))}
        {item.waivable && !item.waiver && item.effective !== 'pass' && !waiving && (
          <button type="button" className="button button--quiet" onClick={() => setWaiving(true)} aria-label={`Waive: ${item.title}`}>
            Waive…
          </button>
        )}
        {item.waiver && (
          <button type="button" className="button button--quiet" onClick={onUnwaive} aria-label={`Withdraw the waiver: ${item.title}`}>
            Withdraw waiver
          </button>
        )}
      </div>
      {waiving && (
        <form
          className="audit-checklist__waive"
          onSubmit={(event) => {
            event.preventDefault();
            void onWaive(reason).then((saved) => {
              if (saved) {
                setWaiving(false);
                setReason('');
              }
            });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={reasonId}>
              Why is it acceptable to seal without this?
            </label>
            <textarea
              id={reasonId}
              rows={3}
              value={reason}
              minLength={10}
              maxLength={2000}
              required
              aria-describedby={`${reasonId}-hint`}
              onChange={(event) => setReason(event.target.value)}
              placeholder="e.g. Policies are approved in the client's own document system; the approval records are provided to the auditor under PBC-05."
            />
            <span className="field__hint" id={`${reasonId}-hint`}>
              At least 10 characters. The auditor sees this reason in the package.
            </span>
          </div>
          <div className="inline-actions">
            <button type="submit" className="button button--primary" disabled={reason.trim().length < 10}>
              Save waiver
            </button>
            <button type="button" className="button button--quiet" onClick={() => setWaiving(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
