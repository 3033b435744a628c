import { useEffect, useState } from 'react';
import type { ScopeGuidanceView, VendorView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { downloadText } from '../../components/download-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { CsvImport } from './CsvImport';
import type { ScopeSectionProps } from './ScopeStep';
import { VendorCard } from './VendorCard';
import { VendorForm } from './VendorForm';

/** The vendor register, with subservice organisations (carve-out or inclusive) and their CSOCs. */
export function VendorsSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [vendors, setVendors] = useState<VendorView[] | null>(null);
  const [guidance, setGuidance] = useState<ScopeGuidanceView | null>(null);
  const [importing, setImporting] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    Promise.all([api.call('vendor.list'), api.call('scope.guidance')]).then(([list, g]) => {
      setVendors(list);
      setGuidance(g);
    }, setLoadError);
  }, [api]);

  if (!vendors || !guidance) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the vendor register…</p>;

  const update = (action: () => Promise<VendorView[]>) => void run(async () => setVendors(await action()));
  const exportCsv = () =>
    void run(async () => {
      const file = await api.call('vendor.exportCsv');
      downloadText(file.fileName, file.csv);
    });

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="lede">
        Record the vendors the system depends on, with the assurance each gives (its own SOC report, the period it covers, the opinion and any bridge letter). A vendor whose controls your commitments rely on — typically the cloud host — is a <strong>subservice organisation</strong>: choose carve-out or inclusive and list the controls you expect it to operate.
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setImporting(true)} disabled={importing}>
          Import from CSV…
        </button>
        <button type="button" className="button" onClick={exportCsv} disabled={vendors.length === 0}>
          Export to CSV
        </button>
        <p className="save-status" aria-live="polite">
          {status}
        </p>
      </div>
      {importing && (
        <CsvImport
          entity="vendor"
          noun="vendors"
          onClose={() => setImporting(false)}
          onImported={() => {
            void api.call('vendor.list').then(setVendors);
            onSaved();
          }}
        />
      )}
      {vendors.length === 0 && <p className="empty-state card">No vendors yet. Start with your hosting provider, identity provider and anything that stores or processes customer data for you.</p>}
      {vendors.map((vendor) => (
        <VendorCard
          key={vendor.id}
          vendor={vendor}
          guidance={guidance}
          onUpdate={(patch) => update(() => api.call('vendor.update', { id: vendor.id, patch }))}
          onRemove={() => update(() => api.call('vendor.remove', { id: vendor.id }))}
          onAddCsoc={(control, relatedCriteria, catalogId) => update(() => api.call('csoc.add', { vendorId: vendor.id, control, relatedCriteria, catalogId }))}
          onUpdateCsoc={(id, control, relatedCriteria) => update(() => api.call('csoc.update', { id, control, relatedCriteria }))}
          onRemoveCsoc={(id) => update(() => api.call('csoc.remove', { id }))}
        />
      ))}
      <div className="card">
        <h3>Add a vendor</h3>
        <VendorForm submitLabel="Add vendor" onSubmit={(draft) => update(() => api.call('vendor.add', draft))} />
      </div>
    </div>
  );
}
