import { useState } from 'react';
import type { AssessmentStatus } from '../../../../core/api/gap-types';
import { choices } from '../scope/labels';
import { STATUS_LABELS } from './labels';

/** Appears when rows are selected: set one status on all of them (with a reason for "not applicable"). */
export function BulkStatusBar({ count, onApply, onClear }: { count: number; onApply(status: AssessmentStatus, reason?: string): void; onClear(): void }) {
  const [status, setStatus] = useState<AssessmentStatus>('met');
  const [reason, setReason] = useState('');
  if (count === 0) return null;
  const blocked = status === 'not-applicable' && reason.trim() === '';
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk edit">
      <strong>{count} selected</strong>
      <label className="field">
        <span className="field__label">Set status to</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as AssessmentStatus)}>
          {choices(STATUS_LABELS).map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {status === 'not-applicable' && (
        <label className="field field--grow">
          <span className="field__label">Why they do not apply</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. Privacy criteria: no personal information is collected" maxLength={2000} />
        </label>
      )}
      <button type="button" className="button button--primary" disabled={blocked} onClick={() => onApply(status, status === 'not-applicable' ? reason.trim() : undefined)}>
        Apply to {count} criteri{count === 1 ? 'on' : 'a'}
      </button>
      <button type="button" className="button button--quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
