import { useState } from 'react';
import type { ScopeGuidanceView, VendorView } from '../../../../core/api/scope-types';
import { Disclosure } from '../../components/Disclosure';
import { ComplementaryList } from './ComplementaryList';
import { CRITICALITY_LABELS, OPINION_LABELS, SOC_REPORT_LABELS } from './labels';
import { VendorForm, type VendorDraft } from './VendorForm';

interface Props {
  vendor: VendorView;
  guidance: ScopeGuidanceView;
  onUpdate(patch: VendorDraft): void;
  onRemove(): void;
  onAddCsoc(control: string, relatedCriteria: string[], catalogId: string | null): void;
  onUpdateCsoc(id: number, control: string, relatedCriteria: string[]): void;
  onRemoveCsoc(id: number): void;
}

/** One vendor: its assurance at a glance, what is missing, and for subservice organisations its CSOCs. */
export function VendorCard({ vendor, guidance, onUpdate, onRemove, onAddCsoc, onUpdateCsoc, onRemoveCsoc }: Props) {
  const [editing, setEditing] = useState(false);
  const period = vendor.socPeriodStart || vendor.socPeriodEnd ? `${vendor.socPeriodStart ?? '?'} to ${vendor.socPeriodEnd ?? '?'}` : null;
  const bridge = vendor.bridgeLetterFrom || vendor.bridgeLetterTo ? `bridge letter ${vendor.bridgeLetterFrom ?? '?'} to ${vendor.bridgeLetterTo ?? '?'}` : null;
  return (
    <article className="card vendor-card" aria-label={vendor.name}>
      <header className="vendor-card__header">
        <h3>{vendor.name}</h3>
        <span className={`pill pill--${vendor.criticality}`}>{CRITICALITY_LABELS[vendor.criticality]}</span>
        {vendor.isSubservice && <span className="pill pill--accent">Subservice organisation{vendor.subserviceMethod ? ` · ${vendor.subserviceMethod}` : ''}</span>}
        <span className="vendor-card__actions">
          <button type="button" className="button button--quiet" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`Edit ${vendor.name}`}>
            Edit
          </button>
          <button type="button" className="button button--quiet" onClick={onRemove} aria-label={`Remove ${vendor.name}`}>
            Remove
          </button>
        </span>
      </header>
      {vendor.service && <p>{vendor.service}</p>}
      <p className="muted">
        {SOC_REPORT_LABELS[vendor.socReport]}
        {period ? `, ${period}` : ''}
        {vendor.socReport !== 'none' ? ` · opinion: ${OPINION_LABELS[vendor.socOpinion].toLowerCase()}` : ''}
        {bridge ? ` · ${bridge}` : ''}
      </p>
      {vendor.assuranceNotes.length > 0 && (
        <ul className="notice notice--warn notice--list" aria-label={`What to follow up for ${vendor.name}`}>
          {vendor.assuranceNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {editing && (
        <VendorForm
          initial={vendor}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={(draft) => {
            onUpdate(draft);
            setEditing(false);
          }}
        />
      )}
      {vendor.isSubservice && (
        <Disclosure className="vendor-card__csocs" initiallyOpen={vendor.csocs.length === 0} summary={`Complementary subservice organisation controls (CSOCs): ${vendor.csocs.length}`}>
          <p className="muted">What you rely on {vendor.name} to do. With the carve-out method the report lists these, and you check them in its SOC report each year.</p>
          <ComplementaryList
            kind="CSOC"
            items={vendor.csocs}
            examples={guidance.csocExamples}
            knownCriteria={new Set(guidance.criteria.map((criterion) => criterion.id))}
            exampleText="e.g. Physical access to the data centres is restricted to authorised staff."
            onAdd={onAddCsoc}
            onUpdate={onUpdateCsoc}
            onRemove={onRemoveCsoc}
          />
        </Disclosure>
      )}
    </article>
  );
}
