import { useState } from 'react';
import type { PoliciesView } from '../../../../core/api/policy-types';
import { useApi } from '../../app/api-context';
import type { Run } from './run';

/** Choose templates (the ones for the categories in scope are ticked) and create them, filled in. */
export function PolicyTemplates({ policies, run, onClose }: { policies: PoliciesView; run: Run; onClose(): void }) {
  const api = useApi();
  const available = policies.templates.filter((template) => !template.created);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(available.filter((template) => template.inScope).map((template) => template.id)));
  const [effectiveDate, setEffectiveDate] = useState('');
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const create = async () => {
    const done = await run(() => api.call('policy.createFromTemplates', { templateIds: [...chosen], ...(effectiveDate ? { effectiveDate } : {}) }));
    if (done) onClose();
  };

  return (
    <section className="card ctl-panel" aria-labelledby="ctl-templates-title">
      <div className="toolbar toolbar--spread">
        <h2 id="ctl-templates-title">Create policies from the templates</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {available.length === 0 ? (
        <p className="empty-state">Every template has been used. Write a policy of your own for anything else.</p>
      ) : (
        <>
          <div className="ctl-fill-values">
            <p>
              <strong>Filled in with:</strong>{' '}
              {policies.fillValues.map((entry, index) => (
                <span key={entry.label}>
                  {index > 0 && '; '}
                  {entry.label}: {entry.value ? entry.value : <mark className="to-be-set">[to be set: {entry.label}]</mark>}
                </span>
              ))}
              . Change these in step 1 (Organisation) before creating, or edit each policy afterwards.
            </p>
            <label className="field">
              <span className="field__label">Effective date</span>
              <input type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} aria-describedby="ctl-effective-hint" />
              <span className="field__hint" id="ctl-effective-hint">
                The date the policies take effect (e.g. 2026-03-16). Left empty, it shows as “[to be set: effective date]” to fill in before approval.
              </span>
            </label>
          </div>
          <fieldset className="ctl-checklist">
            <legend>Templates ({chosen.size} chosen)</legend>
            <ul className="ctl-checklist__list ctl-checklist__list--wide">
              {available.map((template) => (
                <li key={template.id}>
                  <label className="choice">
                    <input type="checkbox" checked={chosen.has(template.id)} onChange={() => toggle(template.id)} />
                    <span>
                      <strong>{template.title}</strong> <span className="muted">{template.id}</span>
                      {!template.inScope && <span className="pill pill--medium">category not in scope</span>}
                      <span className="choice__detail">{template.summary}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="button" className="button button--primary" disabled={chosen.size === 0} onClick={() => void create()}>
            Create {chosen.size} polic{chosen.size === 1 ? 'y' : 'ies'}
          </button>
        </>
      )}
    </section>
  );
}
