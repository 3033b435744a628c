import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ControlsStepView, CoverageView } from '../../../../core/api/control-types';
import type { RemediationView } from '../../../../core/api/gap-types';
import type { PoliciesView } from '../../../../core/api/policy-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRefreshSummary } from '../../components/use-refresh-summary';
import { useSave } from '../../components/use-save';
import { useSection } from '../../components/use-section';
import type { StepContentProps } from '../StepPage';
import { ControlsTab } from './ControlsTab';
import { CoverageTab } from './CoverageTab';
import { PoliciesTab } from './PoliciesTab';
import { RemediationTab } from './RemediationTab';
import type { Run } from './run';
import '../../styles/scope-gaps.css';
import '../../styles/catalog.css';
import '../../styles/controls.css';

type Tab = 'controls' | 'coverage' | 'policies' | 'remediation';
const TABS: readonly Tab[] = ['controls', 'coverage', 'policies', 'remediation'];
const TAB_TITLES: Record<Tab, string> = { controls: 'Controls', coverage: 'Coverage', policies: 'Policies', remediation: 'Remediation' };

interface Data {
  overview: ControlsStepView;
  coverage: CoverageView;
  policies: PoliciesView;
  remediation: RemediationView[];
}

/** The small count beside each tab's name: what needs attention there. */
function tabNote(tab: Tab, data: Data): string {
  switch (tab) {
    case 'controls':
      return String(data.overview.controls.filter((control) => !control.retired).length);
    case 'coverage':
      return data.coverage.counts.uncovered > 0 ? `${data.coverage.counts.uncovered} without a control` : `${data.coverage.counts.covered} covered`;
    case 'policies': {
      const attention = data.policies.counts.overdue + data.policies.counts['due-for-review'];
      return attention > 0 ? `${attention} to review` : String(data.policies.policies.length);
    }
    case 'remediation':
      return `${data.remediation.filter((item) => item.status !== 'done').length} open`;
    default: {
      const unreachable: never = tab;
      return unreachable;
    }
  }
}

/**
 * Step 3: the adopted controls (a dense, keyboard-driven table with bulk edits), the criteria coverage
 * matrix, the policies with their versions, approvals and acknowledgements, and remediation tracked
 * to done. Every edit is saved at once; the step state in the navigation follows.
 */
export function ControlStep({ onSummary }: StepContentProps) {
  const api = useApi();
  const refreshSummary = useRefreshSummary(onSummary);
  const [tab, setTab] = useSection<Tab>('controls', TABS, 'controls');
  const [data, setData] = useState<Data | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const reload = useCallback(async () => {
    const [overview, coverage, policies, remediation] = await Promise.all([api.call('controls.overview'), api.call('coverage.get'), api.call('policy.list'), api.call('remediation.list')]);
    setData({ overview, coverage, policies, remediation });
  }, [api]);
  useEffect(() => {
    reload().catch(setLoadError);
  }, [reload]);

  const afterSave = useCallback(() => {
    void reload();
    refreshSummary();
  }, [reload, refreshSummary]);
  const { run: save, status, error, clearError } = useSave(afterSave);
  const run: Run = save;

  if (!data) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading controls and policies…</p>;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="controls-step stack">
      <div className="ctl-tabs" role="tablist" aria-label="Control implementation">
        {TABS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabRefs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`ctl-tab-${id}`}
            aria-controls={`ctl-panel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            className="ctl-tab"
            onClick={() => setTab(id)}
            onKeyDown={onTabKey}
          >
            {TAB_TITLES[id]} <span className="ctl-tab__note">{tabNote(id, data)}</span>
          </button>
        ))}
      </div>

      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>

      <div role="tabpanel" id={`ctl-panel-${tab}`} aria-labelledby={`ctl-tab-${tab}`}>
        {tab === 'controls' && <ControlsTab overview={data.overview} run={run} />}
        {tab === 'coverage' && <CoverageTab coverage={data.coverage} onAdoptRecommended={() => void run(() => api.call('controls.adoptRecommended'))} recommendedLeft={data.overview.recommended.notAdopted.length} />}
        {tab === 'policies' && <PoliciesTab policies={data.policies} run={run} onChanged={afterSave} />}
        {tab === 'remediation' && <RemediationTab items={data.remediation} overview={data.overview} run={run} />}
      </div>
    </div>
  );
}
