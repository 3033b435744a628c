import { useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '../../../../core/api/contract';
import type { ControlAutomation, ControlFrequency, ControlImplementationView, ControlNature, ControlsStepView } from '../../../../core/api/control-types';
import type { ImplementationStatus } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { IMPLEMENTATION_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';
import { SavedField } from '../scope/SavedField';
import { CheckList } from './CheckList';
import { AUTOMATION_LABELS, FREQUENCY_LABELS, lines, NATURE_LABELS } from './labels';
import { ProcedureEditor } from './ProcedureEditor';
import type { Run } from './run';
import { ScheduleList } from './ScheduleList';

type Patch = ApiArgs<'controls.update'>['patch'];

/**
 * Everything about one adopted control, in a modal dialog (focus stays inside, Escape closes). Each
 * field saves when it is left or chosen; links and criteria save on every tick.
 */
export function ControlEditor({ control, overview, run, onClose }: { control: ControlImplementationView; overview: ControlsStepView; run: Run; onClose(): void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const update = (patch: Patch) => void run(() => api.call('controls.update', { id: control.id, patch }));
  const select = <K extends string>(label: string, value: K, labels: Record<K, string>, onChange: (value: K) => void) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as K)}>
        {choices(labels).map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog ref={dialog} className="dialog ctl-editor" aria-labelledby="ctl-editor-title" onClose={onClose}>
      <div className="ctl-editor__header">
        <div>
          <p className="eyebrow">
            {control.ref}
            {control.catalogControlId ? ' · from the library' : ' · written for this engagement'}
            {control.customised.length > 0 ? ' · tailored' : ''}
          </p>
          <h2 id="ctl-editor-title">{control.title}</h2>
        </div>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>

      {control.retired ? (
        <div className="notice notice--warn">
          <p>
            <strong>Retired:</strong> {control.retiredReason}
          </p>
          <button type="button" className="button" onClick={() => void run(() => api.call('controls.restore', { id: control.id }))}>
            Restore this control
          </button>
        </div>
      ) : null}

      <fieldset className="ctl-editor__body" disabled={control.retired}>
        <legend className="visually-hidden">Details of {control.ref}</legend>
        <div className="form-grid">
          <SavedField label="Title" value={control.title} example="e.g. Quarterly user access review" maxLength={200} onSave={(title) => title.trim() !== '' && update({ title: title.trim() })} />
          <SavedField label="Owner" value={control.owner} example="e.g. Head of IT" hint="The person who makes sure it happens." onSave={(owner) => update({ owner: owner.trim() })} />
          {select<ImplementationStatus>('Implementation status', control.implementationStatus, IMPLEMENTATION_LABELS, (implementationStatus) => update({ implementationStatus }))}
          {select<ControlFrequency>('Frequency', control.frequency, FREQUENCY_LABELS, (frequency) => update({ frequency }))}
          {select<ControlNature>('Nature', control.nature, NATURE_LABELS, (nature) => update({ nature }))}
          {select<ControlAutomation>('Manual or automated', control.automation, AUTOMATION_LABELS, (automation) => update({ automation }))}
          <SavedField label="Area" value={control.area} example="e.g. Logical Access" maxLength={100} onSave={(area) => update({ area: area.trim() })} />
          <label className="choice ctl-key">
            <input type="checkbox" checked={control.key} onChange={(e) => update({ key: e.target.checked })} />
            <span>
              Key control
              <span className="choice__detail">One the auditor relies on most; it needs current evidence for every occurrence.</span>
            </span>
          </label>
        </div>
        <SavedField label="Objective" value={control.objective} example="e.g. Each quarter system owners confirm that every account still needs its access." multiline rows={3} maxLength={5000} onSave={(objective) => update({ objective })} />
        <SavedField
          label="Implementation notes"
          value={control.notes}
          example="e.g. Runs in the first two weeks of each quarter from the identity provider export; tickets in the IT queue."
          hint="How it is done here: tools, timing, where the records are."
          multiline
          rows={3}
          maxLength={20000}
          onSave={(notes) => update({ notes })}
        />

        <section className="ctl-editor__section" aria-labelledby="ctl-schedule-title">
          <h3 id="ctl-schedule-title">Expected occurrences</h3>
          <ScheduleList controlId={control.id} frequency={control.frequency} summary={control.schedule} />
        </section>

        <div className="ctl-editor__links">
          <CheckList
            legend="Mapped criteria"
            options={overview.options.criteria.map((criterion) => ({ value: criterion.id, label: criterion.id, detail: criterion.summary }))}
            selected={control.criteria}
            onChange={(criteria) => void run(() => api.call('controls.setCriteria', { id: control.id, criteria }))}
            empty="No criteria in scope yet: choose the categories in step 1."
            filterExample="Filter, e.g. CC6 or access"
          />
          <CheckList
            legend="Linked policies"
            options={overview.options.policies.map((policy) => ({ value: policy.id, label: policy.ref, detail: policy.title }))}
            selected={control.policies.map((policy) => policy.id)}
            onChange={(policyIds) => void run(() => api.call('controls.setPolicies', { id: control.id, policyIds }))}
            empty="No policies yet. Create them from the templates on the Policies tab; each links itself to the controls that cite it."
            filterExample="Filter, e.g. access"
          />
          <CheckList
            legend="Linked systems"
            options={overview.options.systems.map((system) => ({ value: system.id, label: system.name, detail: system.environment }))}
            selected={control.systems.map((system) => system.id)}
            onChange={(systemIds) => void run(() => api.call('controls.setSystems', { id: control.id, systemIds }))}
            empty="No systems in the inventory yet: add them in step 1 (Systems)."
            filterExample="Filter, e.g. database"
          />
        </div>

        <section className="ctl-editor__section" aria-labelledby="ctl-procedure-title">
          <h3 id="ctl-procedure-title">Readiness test procedure (internal)</h3>
          <ProcedureEditor procedure={control.testProcedure} onSave={(testProcedure) => update({ testProcedure })} />
        </section>
        <SavedField
          label="Suggested evidence (one item per line)"
          value={control.suggestedEvidence.join('\n')}
          example={'e.g. Access review tickets with reviewer sign-off\nUser listing exported on the review date'}
          multiline
          rows={4}
          maxLength={20000}
          onSave={(text) => update({ suggestedEvidence: lines(text) })}
        />
      </fieldset>

      {!control.retired && (
        <section className="ctl-editor__section ctl-retire" aria-labelledby="ctl-retire-title">
          <h3 id="ctl-retire-title">Does not apply?</h3>
          <p className="muted">Retiring keeps the control on record with your reason; it no longer counts towards coverage or the scores. You can restore it later.</p>
          <div className="inline-form">
            <label className="field field--grow">
              <span className="field__label">Why it does not apply</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. No office: all systems are cloud-hosted" maxLength={2000} />
            </label>
            <button type="button" className="button" disabled={reason.trim().length < 3} onClick={() => void run(() => api.call('controls.retire', { ids: [control.id], reason: reason.trim() }))}>
              Retire this control
            </button>
          </div>
        </section>
      )}
    </dialog>
  );
}
