import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AssessmentListView, ReadinessView } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { downloadText } from '../../components/download-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRefreshSummary } from '../../components/use-refresh-summary';
import { useSave } from '../../components/use-save';
import { useSection } from '../../components/use-section';
import type { StepContentProps } from '../StepPage';
import { AssessmentTable } from './AssessmentTable';
import type { GapActions } from './gap-actions';
import { GuidedAssessment } from './GuidedAssessment';
import { ReadinessPanel } from './ReadinessPanel';
import { RemediationList } from './RemediationList';
import '../../styles/scope-gaps.css';

type Mode = 'guided' | 'table' | 'remediation';
const MODES: readonly Mode[] = ['guided', 'table', 'remediation'];
const MODE_TITLES: Record<Mode, string> = { guided: 'Guided, one criterion at a time', table: 'Table (for experts)', remediation: 'Remediation items' };

/**
 * Step 2: the readiness scores on top (each explains itself), then the gap analysis in the mode that
 * suits the person: guided for newcomers, a keyboard-driven table for experts, and the remediation list.
 */
export function GapStep({ onSummary }: StepContentProps) {
  const api = useApi();
  const refreshSummary = useRefreshSummary(onSummary);
  const [list, setList] = useState<AssessmentListView | null>(null);
  const [readiness, setReadiness] = useState<ReadinessView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [mode, setMode] = useSection<Mode>('gaps', MODES, 'guided');
  const [index, setIndex] = useState(() => Number(sessionStorage.getItem('soc2.gaps.index') ?? '0') || 0);

  const reload = useCallback(async () => {
    const [nextList, nextReadiness] = await Promise.all([api.call('assessment.list'), api.call('readiness.get')]);
    setList(nextList);
    setReadiness(nextReadiness);
  }, [api]);
  useEffect(() => {
    reload().catch(setLoadError);
  }, [reload]);
  useEffect(() => sessionStorage.setItem('soc2.gaps.index', String(index)), [index]);

  const afterSave = useCallback(() => {
    void reload();
    refreshSummary();
  }, [reload, refreshSummary]);
  const { run, status, error, clearError } = useSave(afterSave);

  const actions: GapActions = useMemo(
    () => ({
      saveAssessment: (criterionId, patch) => void run(() => api.call('assessment.update', { criterionId, ...patch })),
      setStatuses: async (criterionIds, next, naReason) => (await run(() => api.call('assessment.setStatus', { criterionIds, status: next, ...(naReason !== undefined ? { naReason } : {}) }))) !== undefined,
      adopt: (catalogId) => void run(() => api.call('controls.adopt', { catalogIds: [catalogId] })),
      map: (controlId, criterionId, mapped) => void run(() => api.call('controls.setMapping', { id: controlId, criterionId, mapped })),
      setControlStatus: (controlId, next) => void run(() => api.call('controls.setStatus', { id: controlId, status: next })),
      addRemediation: (criterionId, draft) => void run(() => api.call('remediation.add', { criterionId, ...draft })),
      updateRemediation: (id, patch) => void run(() => api.call('remediation.update', { id, patch })),
      removeRemediation: (id) => void run(() => api.call('remediation.remove', { id })),
    }),
    [api, run],
  );

  if (!list || !readiness) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the gap analysis…</p>;

  const open = (criterionId: string) => {
    setIndex(Math.max(0, list.criteria.findIndex((criterion) => criterion.criterionId === criterionId)));
    setMode('guided');
  };
  const exportReport = () =>
    void run(async () => {
      const file = await api.call('gaps.exportCsv');
      downloadText(file.fileName, file.csv);
    });

  return (
    <div className="gap-step stack">
      <section aria-labelledby="readiness-heading">
        <div className="toolbar toolbar--spread">
          <h2 id="readiness-heading">Readiness</h2>
          <button type="button" className="button" onClick={exportReport}>
            Export gap report (CSV)
          </button>
        </div>
        <ReadinessPanel readiness={readiness} />
      </section>

      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>

      <nav className="section-nav" aria-label="Ways to work">
        <ol>
          {MODES.map((id) => (
            <li key={id}>
              <button type="button" className="section-nav__item" aria-current={mode === id ? 'page' : undefined} onClick={() => setMode(id)}>
                {MODE_TITLES[id]}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {mode === 'guided' && <GuidedAssessment list={list} index={Math.min(index, list.criteria.length - 1)} onIndex={setIndex} actions={actions} />}
      {mode === 'table' && <AssessmentTable list={list} actions={actions} onOpen={open} />}
      {mode === 'remediation' && <RemediationList list={list} actions={actions} onOpen={open} />}
    </div>
  );
}
