import { useEffect, useState } from 'react';
import type { SystemComponentView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { downloadText } from '../../components/download-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { CsvImport } from './CsvImport';
import { CLASSIFICATION_LABELS, ENVIRONMENT_LABELS, SYSTEM_TYPE_LABELS } from './labels';
import type { ScopeSectionProps } from './ScopeStep';
import { SystemForm } from './SystemForm';

/** The in-scope system inventory: add by hand, import from CSV, export to CSV. */
export function SystemsSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [systems, setSystems] = useState<SystemComponentView[] | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  const load = () => api.call('system.list').then(setSystems, setLoadError);
  useEffect(() => {
    api.call('system.list').then(setSystems, setLoadError);
  }, [api]);

  if (!systems) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the inventory…</p>;

  const exportCsv = () =>
    void run(async () => {
      const file = await api.call('system.exportCsv');
      downloadText(file.fileName, file.csv);
    });

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="lede">List the components that make up the system in scope — applications, databases, infrastructure, networks, the SaaS tools you run it with and the devices that administer it. Auditors test controls against this list.</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setImporting(true)} disabled={importing}>
          Import from CSV…
        </button>
        <button type="button" className="button" onClick={exportCsv} disabled={systems.length === 0}>
          Export to CSV
        </button>
        <p className="save-status" aria-live="polite">
          {status}
        </p>
      </div>
      {importing && (
        <CsvImport
          entity="system"
          noun="components"
          onClose={() => setImporting(false)}
          onImported={() => {
            void load();
            onSaved();
          }}
        />
      )}

      {systems.length === 0 ? (
        <p className="empty-state card">No components yet. Add the first one below — for most SaaS companies that is the production application and its database — or import a list you already keep.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">System components in scope</caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Type</th>
                <th scope="col">Owner</th>
                <th scope="col">Environment</th>
                <th scope="col">Data</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {systems.map((system) =>
                editing === system.id ? (
                  <tr key={system.id}>
                    <td colSpan={6}>
                      <SystemForm
                        initial={system}
                        submitLabel="Save changes"
                        onCancel={() => setEditing(null)}
                        onSubmit={(draft) =>
                          void run(async () => {
                            setSystems(await api.call('system.update', { id: system.id, patch: draft }));
                            setEditing(null);
                          })
                        }
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={system.id}>
                    <th scope="row">
                      {system.name}
                      {system.notes && <span className="table__note">{system.notes}</span>}
                    </th>
                    <td>{SYSTEM_TYPE_LABELS[system.type]}</td>
                    <td>{system.owner || <span className="muted">no owner yet</span>}</td>
                    <td>{ENVIRONMENT_LABELS[system.environment]}</td>
                    <td>{CLASSIFICATION_LABELS[system.dataClassification]}</td>
                    <td className="table__actions">
                      <button type="button" className="button button--quiet" onClick={() => setEditing(system.id)} aria-label={`Edit ${system.name}`}>
                        Edit
                      </button>
                      <button type="button" className="button button--quiet" onClick={() => void run(async () => setSystems(await api.call('system.remove', { id: system.id })))} aria-label={`Remove ${system.name}`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}

      <div className="card">
        <h3>Add a component</h3>
        <SystemForm submitLabel="Add component" onSubmit={(draft) => void run(async () => setSystems(await api.call('system.add', draft)))} />
      </div>
    </div>
  );
}
