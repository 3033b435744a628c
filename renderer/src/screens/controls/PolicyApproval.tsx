import { useState } from 'react';
import type { PolicyDetailView, PolicyVersionView } from '../../../../core/api/policy-types';

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, last))).toISOString().slice(0, 10);
}

/** Records management's approval of the draft version: who, when, and when it is next reviewed. */
export function PolicyApproval({ policy, version, onApprove }: { policy: PolicyDetailView; version: PolicyVersionView; onApprove(approval: { approver: string; approvedOn: string; nextReviewDate?: string }): Promise<unknown> }) {
  const today = new Date().toISOString().slice(0, 10);
  const [approver, setApprover] = useState('');
  const [approvedOn, setApprovedOn] = useState(today);
  const [nextReview, setNextReview] = useState('');
  const blocked = policy.unsetValues.length > 0;
  const suggested = /^\d{4}-\d{2}-\d{2}$/.test(approvedOn) ? addMonths(approvedOn, policy.reviewMonths) : '';
  const submit = async () => {
    await onApprove({ approver: approver.trim(), approvedOn, ...(nextReview ? { nextReviewDate: nextReview } : {}) });
  };
  return (
    <section className="card ctl-approval" aria-labelledby="ctl-approval-title">
      <h3 id="ctl-approval-title">Approve version {version.version}</h3>
      <p className="muted">
        Record the approval once management has signed off this exact text (SHA-256 <code className="ctl-hash">{version.sha256.slice(0, 16)}…</code>). The approved version is then fixed; later edits start a new version.
      </p>
      {blocked && <p className="error-text">Fill in the values still to be set ({policy.unsetValues.join(', ')}) before approving.</p>}
      <div className="inline-form">
        <label className="field">
          <span className="field__label">Approved by</span>
          <input value={approver} onChange={(e) => setApprover(e.target.value)} placeholder="e.g. Dana Whitfield (CEO)" maxLength={200} disabled={blocked} />
        </label>
        <label className="field">
          <span className="field__label">Approval date</span>
          <input type="date" value={approvedOn} max={today} onChange={(e) => setApprovedOn(e.target.value)} disabled={blocked} />
        </label>
        <label className="field">
          <span className="field__label">Next review</span>
          <input type="date" value={nextReview} min={approvedOn} onChange={(e) => setNextReview(e.target.value)} disabled={blocked} aria-describedby="ctl-next-review-hint" />
          <span className="field__hint" id="ctl-next-review-hint">
            Leave it empty for {policy.reviewMonths} months after approval{suggested ? ` (${suggested})` : ''}.
          </span>
        </label>
        <button type="button" className="button button--primary" disabled={blocked || approver.trim() === '' || approvedOn === ''} onClick={() => void submit()}>
          Record approval of version {version.version}
        </button>
      </div>
    </section>
  );
}
