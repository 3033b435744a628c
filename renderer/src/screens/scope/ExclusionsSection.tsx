import { useEffect, useState, type FormEvent } from 'react';
import type { CriterionAssessmentView } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { ScopeSectionProps } from './ScopeStep';

/**
 * Criteria not applicable to this system, each with the reason (description criterion DC8). The same
 * record is the "not applicable" status in the gap analysis, so the two steps never disagree.
 */
export function ExclusionsSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [criteria, setCriteria] = useState<CriterionAssessmentView[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  const reload = async () => setCriteria((await api.call('assessment.list')).criteria);
  useEffect(() => {
    api.call('assessment.list').then((list) => setCriteria(list.criteria), setLoadError);
  }, [api]);

  if (!criteria) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the criteria…</p>;

  const excluded = criteria.filter((criterion) => criterion.status === 'not-applicable');
  const candidates = criteria.filter((criterion) => criterion.status !== 'not-applicable');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || reason.trim() === '') return;
    void run(async () => {
      await api.call('assessment.update', { criterionId: chosen, status: 'not-applicable', naReason: reason.trim() });
      setChosen('');
      setReason('');
      await reload();
    });
  };

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="lede">
        A criterion can be left out only when it genuinely does not apply to the system — for example physical access when you hold no systems, data or media in any office. Each exclusion needs a reason; the reason appears in the system description (DC8), and the criterion is left out of the readiness scores. Most engagements exclude none or very few.
      </p>
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      {excluded.length === 0 ? (
        <p className="empty-state card">Every criterion in scope applies. That is the usual case; add an exclusion below only if one truly does not apply.</p>
      ) : (
        <ul className="exclusion-list">
          {excluded.map((criterion) => (
            <li key={criterion.criterionId} className="card card--flat">
              <p>
                <strong>{criterion.criterionId}</strong> {criterion.summary}
              </p>
              <ExclusionReason
                criterion={criterion}
                onSave={(naReason) =>
                  void run(async () => {
                    await api.call('assessment.update', { criterionId: criterion.criterionId, naReason });
                    await reload();
                  })
                }
                onRestore={() =>
                  void run(async () => {
                    await api.call('assessment.update', { criterionId: criterion.criterionId, status: 'not-assessed' });
                    await reload();
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form className="card" onSubmit={add}>
        <h3>Mark a criterion not applicable</h3>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">Criterion</span>
            <select value={chosen} onChange={(e) => setChosen(e.target.value)} required>
              <option value="">Choose a criterion…</option>
              {candidates.map((criterion) => (
                <option key={criterion.criterionId} value={criterion.criterionId}>
                  {criterion.criterionId} — {criterion.summary.length > 90 ? `${criterion.summary.slice(0, 87)}…` : criterion.summary}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">Why it does not apply</span>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. No systems, data or backup media are kept in any office; data centres are the cloud provider’s (carve-out)." maxLength={2000} required />
          </label>
        </div>
        <button type="submit" className="button button--primary" disabled={!chosen || reason.trim() === ''}>
          Mark not applicable
        </button>
      </form>
    </div>
  );
}

function ExclusionReason({ criterion, onSave, onRestore }: { criterion: CriterionAssessmentView; onSave(reason: string): void; onRestore(): void }) {
  const [draft, setDraft] = useState(criterion.naReason);
  return (
    <div className="complementary-item">
      <label className="field field--grow">
        <span className="field__label">Reason {criterion.criterionId} does not apply</span>
        <textarea rows={2} value={draft} maxLength={2000} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft.trim() !== '' && draft !== criterion.naReason && onSave(draft.trim())} />
      </label>
      <button type="button" className="button button--quiet" onClick={onRestore}>
        It applies after all
      </button>
    </div>
  );
}
