import { useEffect, useState } from 'react';
import type { TestMethod, TestProcedureView } from '../../../../core/api/control-types';
import { choices } from '../scope/labels';
import { lines, METHOD_LABELS } from './labels';

const TEST_METHODS = choices(METHOD_LABELS);

/**
 * The internal readiness-test procedure: methods ticked, steps one per line. Saved when a method is
 * ticked or the steps are left; inquiry alone is refused here as it is by the API.
 */
export function ProcedureEditor({ procedure, onSave }: { procedure: TestProcedureView; onSave(next: TestProcedureView): void }) {
  const [steps, setSteps] = useState(procedure.steps.join('\n'));
  const [methods, setMethods] = useState<TestMethod[]>(procedure.methods);
  // Follow the stored procedure when it really changes (not on every reload of the list).
  const storedSteps = procedure.steps.join('\n');
  const storedMethods = procedure.methods.join(' ');
  useEffect(() => setSteps(storedSteps), [storedSteps]);
  useEffect(() => setMethods(storedMethods === '' ? [] : (storedMethods.split(' ') as TestMethod[])), [storedMethods]);

  const save = (nextMethods: TestMethod[], text: string) => {
    const next = { methods: nextMethods, steps: lines(text) };
    // An incomplete procedure (a custom control's first edits) stays on screen until it can be saved whole.
    if (next.methods.length === 0 || next.steps.length === 0 || next.methods.every((method) => method === 'inquiry')) return;
    if (JSON.stringify(next) !== JSON.stringify(procedure)) onSave(next);
  };
  const toggle = (method: TestMethod) => {
    const next = methods.includes(method) ? methods.filter((m) => m !== method) : TEST_METHODS.filter((m) => m === method || methods.includes(m));
    setMethods(next);
    save(next, steps);
  };
  const needsMore = methods.length > 0 && methods.every((method) => method === 'inquiry');

  return (
    <div className="ctl-procedure">
      <fieldset className="choice-group">
        <legend>Test methods</legend>
        <div className="ctl-procedure__methods">
          {TEST_METHODS.map((method) => (
            <label key={method} className="choice">
              <input type="checkbox" checked={methods.includes(method)} onChange={() => toggle(method)} />
              <span>{METHOD_LABELS[method]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {needsMore && (
        <p className="error-text" role="alert">
          Inquiry alone is never sufficient: add inspection, observation or re-performance.
        </p>
      )}
      <label className="field">
        <span className="field__label">Steps (one per line)</span>
        <textarea
          value={steps}
          rows={4}
          maxLength={50000}
          placeholder={'e.g. Obtain the user listing as of the review date.\nInspect the review ticket for sign-off and the removals it required.'}
          onChange={(e) => setSteps(e.target.value)}
          onBlur={() => save(methods, steps)}
        />
      </label>
      {methods.length === 0 && <p className="muted">Tick at least one method; the procedure is saved once it has a method and a step.</p>}
    </div>
  );
}
