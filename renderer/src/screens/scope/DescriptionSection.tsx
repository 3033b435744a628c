import { useEffect, useState } from 'react';
import type { DescriptionSectionView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { DescriptionEditor } from './DescriptionEditor';
import type { ScopeSectionProps } from './ScopeStep';

/** The system description, DC1–DC9: each section's question and a worked example beside its editor. */
export function DescriptionSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [sections, setSections] = useState<DescriptionSectionView[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    api.call('description.list').then(setSections, setLoadError);
  }, [api]);

  if (!sections) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the description…</p>;

  const required = sections.filter((section) => section.required);
  const written = required.filter((section) => section.body.trim() !== '').length;
  const save = (id: string, body: string) =>
    void run(async () => {
      const updated = await api.call('description.update', { id, body });
      setSections((current) => current?.map((section) => (section.id === id ? updated : section)) ?? null);
    });

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="lede">
        The auditor’s report includes your description of the system, organised by the description criteria DC1–DC9. Answer each question in plain words; the example beside it shows the level of detail auditors expect. <strong>{written} of {required.length}</strong> sections written.
      </p>
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      {sections.map((section) => (
        <DescriptionEditor key={section.id} section={section} onSave={(body) => save(section.id, body)} />
      ))}
    </div>
  );
}
