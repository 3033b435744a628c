import { useCallback, useEffect, useRef, useState } from 'react';
import type { PoliciesView, PolicyDetailView } from '../../../../core/api/policy-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SavedField } from '../scope/SavedField';
import { AcknowledgementImport } from './AcknowledgementImport';
import { AcknowledgementList } from './AcknowledgementList';
import { POLICY_STATE_LABELS } from './labels';
import { PolicyApproval } from './PolicyApproval';
import { PolicyExportButton } from './PolicyExportButton';
import { PolicyTextEditor } from './PolicyTextEditor';
import { PolicyVersions } from './PolicyVersions';
import type { Run } from './run';

/** One policy: its settings, its text (Markdown with live preview), versions and approvals, and who acknowledged it. */
export function PolicyEditor({ policyId, policies, run, onBack, onChanged }: { policyId: number; policies: PoliciesView; run: Run; onBack(): void; onChanged(): void }) {
  const api = useApi();
  const [policy, setPolicy] = useState<PolicyDetailView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => api.call('policy.get', { id: policyId }).then(setPolicy, setError), [api, policyId]);
  useEffect(() => {
    void load();
  }, [load]);
  // Focus moves to the policy's heading when it is first shown, not after each save.
  const focused = useRef(false);
  useEffect(() => {
    if (policy && !focused.current) {
      focused.current = true;
      heading.current?.focus();
    }
  }, [policy]);

  /** Runs an edit, shows the policy as it now is, and refreshes the register behind it. */
  const edit = async (action: () => Promise<PolicyDetailView>) => {
    const next = await run(action);
    if (next) setPolicy(next);
    return next;
  };

  if (!policy) return error ? <ErrorMessage error={error} /> : <p aria-busy="true">Loading the policy…</p>;
  const working = policy.versionList[policy.versionList.length - 1]!;
  const remove = async () => {
    if (!window.confirm(`Remove ${policy.title}? It has never been approved, so nothing on record is lost.`)) return;
    if ((await run(() => api.call('policy.remove', { id: policy.id }))) !== undefined) onBack();
  };

  return (
    <div className="stack ctl-policy">
      <button type="button" className="button button--quiet ctl-back" onClick={onBack}>
        ← All policies
      </button>
      <div className="toolbar toolbar--spread">
        <div>
          <p className="eyebrow">{policy.ref}</p>
          <h2 tabIndex={-1} ref={heading}>
            {policy.title} <span className={`ctl-policy-state ctl-policy-state--${policy.state}`}>{POLICY_STATE_LABELS[policy.state]}</span>
          </h2>
        </div>
        <PolicyExportButton ids={[policy.id]} label="Export this policy to PDF" />
      </div>

      <section className="card" aria-labelledby="ctl-policy-settings">
        <h3 id="ctl-policy-settings">Ownership and review</h3>
        <div className="form-grid">
          <SavedField label="Title" value={policy.title} example="e.g. Access Control Policy" maxLength={200} onSave={(title) => title.trim() !== '' && void edit(() => api.call('policy.update', { id: policy.id, patch: { title: title.trim() } }))} />
          <SavedField label="Policy owner" value={policy.owner} example="e.g. Head of Security" onSave={(owner) => void edit(() => api.call('policy.update', { id: policy.id, patch: { owner: owner.trim() } }))} />
          <label className="field">
            <span className="field__label">Review every</span>
            <select value={policy.reviewMonths} onChange={(e) => void edit(() => api.call('policy.update', { id: policy.id, patch: { reviewMonths: Number(e.target.value) } }))}>
              {[3, 6, 12, 18, 24, 36].map((months) => (
                <option key={months} value={months}>
                  {months} months
                </option>
              ))}
            </select>
          </label>
          <SavedField
            label="Next review"
            type="date"
            value={policy.nextReviewDate ?? ''}
            example="e.g. 2027-03-16"
            hint="Set when a version is approved; change it if the review is planned for another day."
            onSave={(date) => date !== '' && void edit(() => api.call('policy.update', { id: policy.id, patch: { nextReviewDate: date } }))}
          />
        </div>
      </section>

      <PolicyTextEditor policy={policy} working={working} onSave={(markdown) => edit(() => api.call('policy.saveDraft', { id: policy.id, markdown }))} />

      {working.approvedOn === null && <PolicyApproval policy={policy} version={working} onApprove={(approval) => edit(() => api.call('policy.approve', { id: policy.id, version: working.version, ...approval }))} />}

      <PolicyVersions policy={policy} />

      <section className="card" aria-labelledby="ctl-acks-title">
        <div className="toolbar toolbar--spread">
          <h3 id="ctl-acks-title">Acknowledgements</h3>
          <button type="button" className="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
            Import acknowledgements (CSV)
          </button>
        </div>
        {importing && (
          <AcknowledgementImport
            policies={policies.policies}
            fixedPolicy={policy.id}
            onImported={() => {
              void load();
              onChanged();
            }}
            onClose={() => setImporting(false)}
          />
        )}
        <AcknowledgementList policy={policy} workforce={policies.workforce.text} />
      </section>

      {!policy.inForce && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => void remove()}>
            Remove this policy
          </button>
        </p>
      )}
    </div>
  );
}
