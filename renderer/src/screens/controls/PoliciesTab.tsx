import { useState } from 'react';
import type { PoliciesView, PolicyView } from '../../../../core/api/policy-types';
import { useApi } from '../../app/api-context';
import { choices } from '../scope/labels';
import { AcknowledgementImport } from './AcknowledgementImport';
import { POLICY_STATE_LABELS } from './labels';
import { PolicyEditor } from './PolicyEditor';
import { PolicyExportButton } from './PolicyExportButton';
import { PolicyTemplates } from './PolicyTemplates';
import type { Run } from './run';

type Panel = 'templates' | 'new' | 'import' | null;

function ackText(policy: PolicyView): string {
  const current = policy.inForce ? policy.acknowledgements.find((rate) => rate.version === policy.inForce!.version) : undefined;
  if (!current) return policy.inForce ? 'none yet' : '—';
  return current.percent === null ? `${current.people} people` : `${current.percent} % (${current.people})`;
}

/** The policy register: state at a glance, creation from templates, acknowledgements and PDF export; one policy opens in its editor. */
export function PoliciesTab({ policies, run, onChanged }: { policies: PoliciesView; run: Run; onChanged(): void }) {
  const api = useApi();
  const [open, setOpen] = useState<number | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [title, setTitle] = useState('');
  const openPolicy = policies.policies.find((policy) => policy.id === open);
  const available = policies.templates.filter((template) => !template.created && template.inScope);

  if (openPolicy) return <PolicyEditor policyId={openPolicy.id} policies={policies} run={run} onBack={() => setOpen(null)} onChanged={onChanged} />;

  const createOwn = async () => {
    const created = await run(() => api.call('policy.create', { title: title.trim() }));
    if (created) {
      setTitle('');
      setPanel(null);
      setOpen(created.id);
    }
  };

  return (
    <div className="stack">
      {policies.policies.length === 0 && panel === null ? (
        <section className="card card--accent" aria-labelledby="ctl-policies-empty">
          <h2 id="ctl-policies-empty">No policies yet</h2>
          <p>
            Start from the template set: {available.length} templates apply to the categories in scope, written in plain words, with your organisation’s name, system, owners and review cycle filled in. Values not known
            yet show as “[to be set: …]” so nothing unfinished can be approved by mistake.
          </p>
          <div className="inline-actions">
            <button type="button" className="button button--primary" onClick={() => setPanel('templates')}>
              Create policies from the templates
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPanel('new')}>
              Write a policy of your own
            </button>
          </div>
        </section>
      ) : (
        <>
          <ul className="ctl-policy-counts" aria-label="Policies by state">
            {choices(POLICY_STATE_LABELS).map((state) => (
              <li key={state} className={`ctl-policy-count ctl-policy-count--${state}`}>
                <span className="ctl-policy-count__number">{policies.counts[state]}</span> {POLICY_STATE_LABELS[state].toLowerCase()}
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button type="button" className="button" aria-expanded={panel === 'templates'} onClick={() => setPanel(panel === 'templates' ? null : 'templates')}>
              Create from templates{available.length > 0 ? ` (${available.length} available)` : ''}
            </button>
            <button type="button" className="button" aria-expanded={panel === 'new'} onClick={() => setPanel(panel === 'new' ? null : 'new')}>
              Write your own
            </button>
            <button type="button" className="button" aria-expanded={panel === 'import'} onClick={() => setPanel(panel === 'import' ? null : 'import')}>
              Import acknowledgements (CSV)
            </button>
            {policies.policies.length > 0 && <PolicyExportButton ids={null} label="Export all policies to PDF" />}
          </div>
        </>
      )}

      {panel === 'templates' && <PolicyTemplates policies={policies} run={run} onClose={() => setPanel(null)} />}
      {panel === 'new' && (
        <section className="card ctl-panel" aria-labelledby="ctl-new-policy">
          <h2 id="ctl-new-policy">Write a policy of your own</h2>
          <div className="inline-form">
            <label className="field field--grow">
              <span className="field__label">Title</span>
              <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Clean Desk Policy" maxLength={200} />
            </label>
            <button type="button" className="button button--primary" disabled={title.trim() === ''} onClick={() => void createOwn()}>
              Create and open it
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPanel(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {panel === 'import' && <AcknowledgementImport policies={policies.policies} fixedPolicy={null} onImported={onChanged} onClose={() => setPanel(null)} />}

      {policies.policies.length > 0 && (
        <div className="table-scroll">
          <table className="table ctl-policies">
            <caption className="visually-hidden">Policies of this engagement</caption>
            <thead>
              <tr>
                <th scope="col">Policy</th>
                <th scope="col">State</th>
                <th scope="col">In force</th>
                <th scope="col">Next review</th>
                <th scope="col">Acknowledged</th>
                <th scope="col">Controls</th>
              </tr>
            </thead>
            <tbody>
              {policies.policies.map((policy) => (
                <tr key={policy.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setOpen(policy.id)}>
                      {policy.title}
                    </button>
                    <span className="table__note">
                      {policy.ref}
                      {policy.draft ? ` · draft version ${policy.draft.version} in progress` : ''}
                      {policy.unsetValues.length > 0 ? ` · ${policy.unsetValues.length} value${policy.unsetValues.length === 1 ? '' : 's'} to be set` : ''}
                    </span>
                  </th>
                  <td>
                    <span className={`ctl-policy-state ctl-policy-state--${policy.state}`}>{POLICY_STATE_LABELS[policy.state]}</span>
                  </td>
                  <td>
                    {policy.inForce ? (
                      <>
                        <span className="ctl-nowrap">
                          Version {policy.inForce.version} · {policy.inForce.approvedOn}
                        </span>
                        <span className="table__note">approved by {policy.inForce.approver}</span>
                      </>
                    ) : (
                      'Not approved yet'
                    )}
                  </td>
                  <td className="ctl-nowrap">{policy.nextReviewDate ?? '—'}</td>
                  <td>{ackText(policy)}</td>
                  <td className="ctl-number">{policy.controls.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Acknowledgement rates count people who acknowledged the version in force, out of {policies.workforce.text}.</p>
        </div>
      )}
    </div>
  );
}
