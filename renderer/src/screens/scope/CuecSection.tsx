import { useEffect, useState } from 'react';
import type { ComplementaryControlView, ScopeGuidanceView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { ComplementaryList } from './ComplementaryList';
import type { ScopeSectionProps } from './ScopeStep';

/** Complementary user entity controls (DC6): what customers must do for your controls to work. */
export function CuecSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [cuecs, setCuecs] = useState<ComplementaryControlView[] | null>(null);
  const [guidance, setGuidance] = useState<ScopeGuidanceView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    Promise.all([api.call('cuec.list'), api.call('scope.guidance')]).then(([list, g]) => {
      setCuecs(list);
      setGuidance(g);
    }, setLoadError);
  }, [api]);

  if (!cuecs || !guidance) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading…</p>;

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="lede">
        Complementary user entity controls (CUECs) are things your customers must do for your controls to achieve their purpose — for example, removing their own leavers’ access. The report lists them so customers know their part.
      </p>
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      <ComplementaryList
        kind="CUEC"
        items={cuecs}
        examples={guidance.cuecExamples}
        knownCriteria={new Set(guidance.criteria.map((criterion) => criterion.id))}
        exampleText="e.g. Customers remove their users’ access promptly when those users leave."
        onAdd={(control, relatedCriteria, catalogId) => void run(async () => setCuecs(await api.call('cuec.add', { control, relatedCriteria, catalogId })))}
        onUpdate={(id, control, relatedCriteria) => void run(async () => setCuecs(await api.call('cuec.update', { id, control, relatedCriteria })))}
        onRemove={(id) => void run(async () => setCuecs(await api.call('cuec.remove', { id })))}
      />
    </div>
  );
}
