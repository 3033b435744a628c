import { useId, useState } from 'react';
import type { PopulationView } from '../../../../core/api/testing-types';
import { formatBytes } from '../evidence/evidence-files';
import { ENCODING_LABELS } from './testing-labels';

type Patch = Partial<Pick<PopulationView, 'name' | 'sourceSystem' | 'query' | 'ranBy' | 'ranOn' | 'coversFrom' | 'coversTo'>>;

interface Props {
  population: PopulationView;
  onSave(patch: Patch): void;
  onRemove(): void;
}

/** A text field that saves when left, if changed (every edit is saved at once and logged). */
function SavedField({ label, hint, value, type = 'text', onSave }: { label: string; hint: string; value: string; type?: 'text' | 'date'; onSave(value: string): void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input type={type} value={draft} onChange={(event) => setDraft(event.target.value)} onBlur={() => draft !== value && onSave(draft)} />
      <span className="field__hint">{hint}</span>
    </label>
  );
}

/** Provenance (editable, saved as you leave each field), the file's fingerprint and what the import noticed. */
export function PopulationDetails({ population, onSave, onRemove }: Props) {
  const headingId = useId();
  const orNull = (value: string) => (value === '' ? null : value);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {population.ref} {population.name}
      </h3>
      <div className="sample-meta">
        <div>
          File <code>{population.fileName}</code>, {formatBytes(population.bytes)}, {ENCODING_LABELS[population.encoding]}
          {population.hadBom ? ' with byte-order mark' : ''}, delimiter “{population.delimiter === '\t' ? 'tab' : population.delimiter}”
        </div>
        <div>
          SHA-256 <code>{population.sha256}</code>
        </div>
        <div>
          Imported by {population.importedBy} on {population.importedAt.slice(0, 10)}
        </div>
      </div>
      {population.notes.length > 0 && (
        <div className="message testing-message--warn" role="note">
          <div>
            <p className="message__title">What the import noticed</p>
            <ul className="notes-list">
              {population.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="field-row">
        <SavedField label="Name" hint="For example “New hires, April–September 2026”." value={population.name} onSave={(name) => onSave({ name })} />
        <SavedField label="Source system" hint="For example “BambooHR”." value={population.sourceSystem} onSave={(sourceSystem) => onSave({ sourceSystem })} />
      </div>
      <SavedField label="Query or filter used" hint="For example: report “Hires by start date”, 1 April to 30 September 2026." value={population.query} onSave={(query) => onSave({ query })} />
      <div className="field-row">
        <SavedField label="Run by" hint="For example “Sam Ortiz”." value={population.ranBy} onSave={(ranBy) => onSave({ ranBy })} />
        <SavedField label="Run on" type="date" hint="For example 2026-10-02." value={population.ranOn ?? ''} onSave={(ranOn) => onSave({ ranOn: orNull(ranOn) })} />
        <SavedField label="Range covered: from" type="date" hint="For example 2026-04-01." value={population.coversFrom ?? ''} onSave={(coversFrom) => onSave({ coversFrom: orNull(coversFrom) })} />
        <SavedField label="Range covered: to" type="date" hint="For example 2026-09-30." value={population.coversTo ?? ''} onSave={(coversTo) => onSave({ coversTo: orNull(coversTo) })} />
      </div>
      <p className="muted">The file, its fingerprint and its rows never change once imported. If the listing was wrong, import the corrected export as a new population.</p>
      <button type="button" className="button" onClick={onRemove} disabled={population.samples > 0} aria-describedby={population.samples > 0 ? `${headingId}-in-use` : undefined}>
        Remove this population
      </button>
      {population.samples > 0 && (
        <p id={`${headingId}-in-use`} className="field__hint">
          {population.samples} sample{population.samples === 1 ? ' was' : 's were'} drawn from it, so it stays as the record of what was tested.
        </p>
      )}
    </section>
  );
}
