import { useCallback, useEffect, useId, useState } from 'react';
import type { ReadinessConclusionId, ReadinessTestView } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { DrawSampleForm } from './DrawSampleForm';
import { NewExceptionForm, ReadinessExceptionCard } from './ReadinessExceptionCard';
import { SampleTable } from './SampleTable';
import { CONCLUSION_LABELS, FREQUENCY_LABELS, METHOD_HINTS, METHOD_LABELS } from './testing-labels';

const METHODS = ['inquiry', 'observation', 'inspection', 'reperformance'] as const;

function procedureText(view: ReadinessTestView): string {
  return view.test?.procedure ?? view.controlProcedure.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
}

/** One control's internal readiness test: procedure and methods, samples and results, exceptions, conclusion. */
export function ReadinessTestEditor({ controlId, onChanged }: { controlId: number; onChanged(): void }) {
  const api = useApi();
  const headingId = useId();
  const [view, setView] = useState<ReadinessTestView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [procedure, setProcedure] = useState('');
  const [tester, setTester] = useState('');
  const [conclusion, setConclusion] = useState<ReadinessConclusionId>('not-concluded');
  const [conclusionNote, setConclusionNote] = useState('');
  const [newException, setNewException] = useState<{ sampleId: number | null; position: number | null; label: string | null } | null>(null);
  const { run, status, error, clearError } = useSave(onChanged);

  const show = useCallback((next: ReadinessTestView) => {
    setView(next);
    setProcedure(procedureText(next));
    setTester(next.test?.tester ?? '');
    setConclusion(next.test?.conclusion ?? 'not-concluded');
    setConclusionNote(next.test?.conclusionNote ?? '');
  }, []);
  useEffect(() => {
    setView(null);
    api.call('readinessTest.get', { controlId }).then(show, setLoadError);
  }, [api, controlId, show]);

  const apply = (action: () => Promise<ReadinessTestView>) =>
    void run(async () => {
      const next = await action();
      show(next);
      return next;
    });

  if (!view) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the test…</p>;
  const methods = view.test?.methods ?? view.controlProcedure.methods;
  const concluded = (view.test?.conclusion ?? 'not-concluded') !== 'not-concluded';

  const toggleMethod = (method: string, on: boolean) => {
    const next = on ? [...methods, method] : methods.filter((other) => other !== method);
    apply(() => api.call('readinessTest.save', { controlId, methods: next.filter((m): m is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(m)) }));
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {view.control.ref} {view.control.title}
      </h3>
      <p className="muted">
        {FREQUENCY_LABELS[view.control.frequency] ?? view.control.frequency}
        {view.control.automation === 'automated' ? ', automated' : ''}
        {view.control.key ? ', key control' : ''}
        {view.control.owner ? `, owner ${view.control.owner}` : ', no owner yet'}. {view.control.objective}
      </p>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>

      <fieldset className="choice-group">
        <legend>Test methods</legend>
        <div className="testing-methods">
          {METHODS.map((method) => (
            <label key={method} className="choice">
              <input type="checkbox" checked={methods.includes(method)} onChange={(event) => toggleMethod(method, event.target.checked)} disabled={concluded} />
              <span>
                <strong>{METHOD_LABELS[method]}</strong> <span className="muted">— {METHOD_HINTS[method]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field__label">Procedure</span>
        <textarea rows={8} value={procedure} disabled={concluded} onChange={(event) => setProcedure(event.target.value)} onBlur={() => procedure !== procedureText(view) && apply(() => api.call('readinessTest.save', { controlId, procedure }))} />
        <span className="field__hint">Starts as the control’s test procedure from step 3. Say what you look at and what counts as a pass, for example “Inspect the offboarding ticket and the Okta log; pass if disabled within 24 hours”.</span>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field__label">Tested by</span>
          <input value={tester} disabled={concluded} onChange={(event) => setTester(event.target.value)} onBlur={() => tester !== (view.test?.tester ?? '') && apply(() => api.call('readinessTest.save', { controlId, tester }))} />
          <span className="field__hint">For example “Elena Marsh (Meridian Readiness Partners)”.</span>
        </label>
        <label className="field">
          <span className="field__label">Tested on</span>
          <input type="date" value={view.test?.testedOn ?? ''} disabled={concluded} onChange={(event) => apply(() => api.call('readinessTest.save', { controlId, testedOn: event.target.value || null }))} />
          <span className="field__hint">For example 2026-10-15.</span>
        </label>
      </div>

      <div className="test-section">
        {!concluded && <DrawSampleForm key={`${controlId}-${view.samples.length}`} view={view} onDraw={(request) => apply(() => api.call('sample.draw', { controlId, ...request }))} />}
        {view.samples.length === 0 ? (
          <p className="muted">No sample drawn yet. Draw one above: the app records its seed, so the same sample can be drawn again by anyone, including the auditor.</p>
        ) : (
          view.samples.map((sample, index) => (
            <SampleTable
              key={sample.id}
              sample={sample}
              number={index + 1}
              concluded={concluded}
              onResult={(position, result) => apply(() => api.call('sample.setResult', { sampleId: sample.id, position, result }))}
              onNote={(position, note) => apply(() => api.call('sample.setResult', { sampleId: sample.id, position, note }))}
              onException={(position, label) => setNewException({ sampleId: sample.id, position, label })}
              onRemove={() => apply(() => api.call('sample.remove', { sampleId: sample.id }))}
            />
          ))
        )}
      </div>

      <div className="test-section">
        <div className="testing-toolbar">
          <h4>Exceptions</h4>
          {!concluded && !newException && (
            <button type="button" className="button" onClick={() => setNewException({ sampleId: null, position: null, label: null })}>
              Record an exception…
            </button>
          )}
        </div>
        {newException && (
          <NewExceptionForm
            itemLabel={newException.label}
            onCancel={() => setNewException(null)}
            onAdd={(fields) =>
              apply(async () => {
                const next = await api.call('readinessException.add', { controlId, ...fields, ...(newException.sampleId !== null ? { sampleId: newException.sampleId, position: newException.position! } : {}) });
                setNewException(null);
                return next;
              })
            }
          />
        )}
        {view.exceptions.length === 0 && !newException && <p className="muted">No exceptions recorded. Mark a sample item as an exception to record what went wrong, its root cause and management’s response.</p>}
        {view.exceptions.map((exception) => (
          <ReadinessExceptionCard
            key={`${exception.id}-${exception.updatedAt}`}
            exception={exception}
            disabled={concluded}
            onSave={(patch) => apply(() => api.call('readinessException.update', { id: exception.id, patch }))}
            onRemove={() => apply(() => api.call('readinessException.remove', { id: exception.id }))}
          />
        ))}
      </div>

      <div className="test-section">
        <h4>Conclusion of the internal readiness test</h4>
        <p className="muted">The results suggest: {CONCLUSION_LABELS[view.suggestedConclusion]}.</p>
        <div className="field-row">
          <label className="field">
            <span className="field__label">Conclusion</span>
            <select value={conclusion} onChange={(event) => setConclusion(event.target.value as ReadinessConclusionId)}>
              {(Object.keys(CONCLUSION_LABELS) as ReadinessConclusionId[]).map((id) => (
                <option key={id} value={id}>
                  {CONCLUSION_LABELS[id]}
                </option>
              ))}
            </select>
            <span className="field__hint">Concluding needs every item tested, and every exception explained.</span>
          </label>
          <label className="field">
            <span className="field__label">Conclusion note</span>
            <textarea rows={2} value={conclusionNote} onChange={(event) => setConclusionNote(event.target.value)} />
            <span className="field__hint">For example “One of five leavers kept access for three days; removal now automated; retest in December”.</span>
          </label>
        </div>
        <button type="button" className="button button--primary" onClick={() => apply(() => api.call('readinessTest.conclude', { controlId, conclusion, note: conclusionNote }))}>
          Save conclusion
        </button>
      </div>
    </section>
  );
}
