import { useId, useState, type FormEvent } from 'react';
import type { ControlAutomation, ControlFrequency, ControlNature, ControlsStepView } from '../../../../core/api/control-types';
import { useApi } from '../../app/api-context';
import { choices } from '../scope/labels';
import { CheckList } from './CheckList';
import { AUTOMATION_LABELS, FREQUENCY_LABELS, NATURE_LABELS } from './labels';
import type { Run } from './run';

/** A control written for this engagement, for what the library does not cover. */
export function NewControlForm({ overview, run, onClose }: { overview: ControlsStepView; run: Run; onClose(): void }) {
  const api = useApi();
  const areasId = useId();
  const [title, setTitle] = useState('');
  const [objective, setObjective] = useState('');
  const [area, setArea] = useState('');
  const [owner, setOwner] = useState('');
  const [frequency, setFrequency] = useState<ControlFrequency>('quarterly');
  const [nature, setNature] = useState<ControlNature>('detective');
  const [automation, setAutomation] = useState<ControlAutomation>('manual');
  const [criteria, setCriteria] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => api.call('controls.create', { title: title.trim(), objective, area: area.trim(), owner: owner.trim(), frequency, nature, automation, criteria }));
    if (done !== undefined) onClose();
  };

  return (
    <section className="card ctl-panel" aria-labelledby="ctl-new-title">
      <div className="toolbar toolbar--spread">
        <h2 id="ctl-new-title">Add your own control</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <form onSubmit={(e) => void submit(e)}>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">Title (required)</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Weekly review of failed data loads" maxLength={200} required />
          </label>
          <label className="field">
            <span className="field__label">Owner</span>
            <input value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="e.g. Data Engineering Lead" maxLength={500} />
          </label>
          <label className="field">
            <span className="field__label">Area</span>
            <input value={area} onChange={(e) => setArea(e.target.value)} list={areasId} placeholder="e.g. Processing Integrity" maxLength={100} />
            <datalist id={areasId}>
              {overview.options.areas.map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span className="field__label">Frequency</span>
            <select value={frequency} onChange={(e) => setFrequency(e.target.value as ControlFrequency)}>
              {choices(FREQUENCY_LABELS).map((value) => (
                <option key={value} value={value}>
                  {FREQUENCY_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">Nature</span>
            <select value={nature} onChange={(e) => setNature(e.target.value as ControlNature)}>
              {choices(NATURE_LABELS).map((value) => (
                <option key={value} value={value}>
                  {NATURE_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">Manual or automated</span>
            <select value={automation} onChange={(e) => setAutomation(e.target.value as ControlAutomation)}>
              {choices(AUTOMATION_LABELS).map((value) => (
                <option key={value} value={value}>
                  {AUTOMATION_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field__label">Objective</span>
          <textarea value={objective} onChange={(e) => setObjective(e.target.value)} rows={3} maxLength={5000} placeholder="e.g. Every Monday the lead reviews last week’s failed loads, confirms each was re-run or explained, and raises a ticket for any left open." />
        </label>
        <CheckList
          legend="Criteria it addresses"
          options={overview.options.criteria.map((criterion) => ({ value: criterion.id, label: criterion.id, detail: criterion.summary }))}
          selected={criteria}
          onChange={setCriteria}
          empty="No criteria in scope yet: choose the categories in step 1."
          filterExample="Filter, e.g. CC7 or monitoring"
        />
        <button type="submit" className="button button--primary" disabled={title.trim() === ''}>
          Add the control
        </button>
      </form>
    </section>
  );
}
