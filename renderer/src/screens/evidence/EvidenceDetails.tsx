import { useId, useState } from 'react';
import type { EvidenceControlView, EvidenceDetailView, EvidenceMethodId } from '../../../../core/api/evidence-types';
import { useApi } from '../../app/api-context';
import { SavedField } from '../scope/SavedField';
import { formatBytes, readAsBlob } from './evidence-files';
import { EvidenceViewer } from './EvidenceViewer';

export type EvidencePatch = Partial<Pick<EvidenceDetailView, 'fileName' | 'description' | 'coversFrom' | 'coversTo' | 'capturedOn' | 'sourceSystem' | 'collector' | 'method' | 'redacted' | 'controls' | 'criteria'>>;

const METHODS: { id: EvidenceMethodId; label: string }[] = [
  { id: 'export', label: 'Export from a system' },
  { id: 'screenshot', label: 'Screenshot' },
  { id: 'document', label: 'Document' },
  { id: 'attestation', label: 'Attestation (signed statement)' },
];

/** Downloads above this size are better exported from the desktop app or the command line. */
const DOWNLOAD_LIMIT = 512 * 1024 * 1024;

/**
 * One evidence item: its preview, what it is and covers (each field saved as you leave it), the
 * controls it supports, naming suggestions, and the original bytes to download or the item to remove.
 */
export function EvidenceDetails({ item, controls, readOnly, onSave, onRemove }: { item: EvidenceDetailView; controls: EvidenceControlView[]; readOnly: boolean; onSave(patch: EvidencePatch): void; onRemove(): void }) {
  const api = useApi();
  const [download, setDownload] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const addId = useId();
  const coversId = useId();
  const methodId = useId();
  const periodMode = item.coversFrom ? 'period' : 'date';
  const unlinked = controls.filter((control) => !item.controls.includes(control.ref));

  const downloadOriginal = async () => {
    setDownload('Preparing the download… 0 %');
    try {
      const blob = await readAsBlob(api, item.ref, item.size, 'application/octet-stream', (done) => setDownload(`Preparing the download… ${Math.floor((done / Math.max(1, item.size)) * 100)} %`));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = item.fileName;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDownload(`Downloaded ${item.fileName} (${formatBytes(item.size)}, unchanged: SHA-256 ${item.sha256.slice(0, 12)}…).`);
    } catch {
      setDownload('The download could not be prepared. Try again.');
    }
  };

  return (
    <article className="evidence-details card" aria-labelledby="evidence-details-title">
      <header className="evidence-details__header">
        <h3 id="evidence-details-title">
          <span className="evidence-row__ref">{item.ref}</span> {item.fileName}
        </h3>
        <p className="muted evidence-details__facts">
          {item.mediaType} · {formatBytes(item.size)} · added {item.createdAt.slice(0, 10)} by {item.createdBy}
          <br />
          <span className="evidence-details__hash">SHA-256 {item.sha256}</span>
        </p>
      </header>

      <EvidenceViewer item={item} />

      <div className="toolbar">
        <button type="button" className="button" onClick={() => void downloadOriginal()} disabled={item.size > DOWNLOAD_LIMIT}>
          Download original
        </button>
        {!readOnly &&
          (confirming ? (
            <span className="evidence-details__confirm" role="group" aria-label="Confirm removal">
              Remove {item.ref} from the workspace?
              <button type="button" className="button button--danger" onClick={onRemove}>
                Remove
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
              Remove…
            </button>
          ))}
        <span className="muted" aria-live="polite">
          {item.size > DOWNLOAD_LIMIT ? 'Very large: export it with the desktop app or the command line.' : download}
        </span>
      </div>

      <fieldset className="evidence-details__form" disabled={readOnly}>
        <legend className="visually-hidden">Details of {item.ref}</legend>
        <SavedField label="File name" value={item.fileName} example="ACC-04_access-review_okta_2026-Q2.csv" maxLength={255} onSave={(fileName) => onSave({ fileName })} />
        {item.suggestedNames.length > 0 && (
          <div className="evidence-details__names">
            <span className="field__hint">Suggested names (control, type, system, period):</span>
            {item.suggestedNames.map((name) => (
              <button key={name} type="button" className="button button--quiet evidence-details__name" onClick={() => onSave({ fileName: name })}>
                Use {name}
              </button>
            ))}
          </div>
        )}
        <SavedField label="What it shows" value={item.description} example="Quarterly access review of the Okta admin group, signed off by the CTO" multiline rows={2} maxLength={5000} onSave={(description) => onSave({ description })} />

        <div className="evidence-details__links">
          <span className="field__label">Controls it supports</span>
          <ul className="evidence-chips">
            {item.controls.map((ref) => (
              <li key={ref} className="evidence-chip">
                {ref} {controls.find((control) => control.ref === ref)?.title ?? ''}
                <button type="button" className="button button--quiet" aria-label={`Unlink ${ref}`} onClick={() => onSave({ controls: item.controls.filter((other) => other !== ref) })}>
                  ×
                </button>
              </li>
            ))}
            {item.controls.length === 0 && <li className="muted">None yet. Link the control this evidence shows operating.</li>}
          </ul>
          <div className="field">
            <label htmlFor={addId} className="visually-hidden">Link a control</label>
            <select id={addId} value="" onChange={(event) => event.target.value && onSave({ controls: [...item.controls, event.target.value] })}>
              <option value="">Link a control… (for example ACC-04)</option>
              {unlinked.map((control) => (
                <option key={control.ref} value={control.ref}>
                  {control.ref} {control.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <SavedField
          label="Criteria it supports"
          value={item.criteria.join(', ')}
          example="CC6.2, CC6.3"
          hint={`Criterion IDs separated by commas.${item.controls.length > 0 ? ` The linked controls map to ${[...new Set(item.controls.flatMap((ref) => controls.find((c) => c.ref === ref)?.criteria ?? []))].join(', ') || 'no criteria'}.` : ''}`}
          onSave={(text) => onSave({ criteria: text.split(/[\s,;]+/).filter(Boolean).map((id) => id.toUpperCase()) })}
        />

        <div className="form-grid">
          <div className="field">
            <label htmlFor={coversId} className="field__label">It covers</label>
            <select id={coversId} value={periodMode} onChange={(event) => onSave(event.target.value === 'date' ? { coversFrom: null } : { coversFrom: item.coversTo ?? null })}>
              <option value="date">One date (as of)</option>
              <option value="period">A period</option>
            </select>
          </div>
          {periodMode === 'period' && <SavedField label="Period starts" type="date" value={item.coversFrom ?? ''} example="for example 2026-04-01" onSave={(value) => onSave({ coversFrom: value || null })} />}
          <SavedField label={periodMode === 'period' ? 'Period ends' : 'As of'} type="date" value={item.coversTo ?? ''} example="for example 2026-06-30" onSave={(value) => onSave({ coversTo: value || null })} />
          <SavedField label="Captured on" type="date" value={item.capturedOn ?? ''} example="for example 2026-07-02" hint="When the export, screenshot or document was made." onSave={(value) => onSave({ capturedOn: value || null })} />
          <SavedField label="Source system" value={item.sourceSystem} example="Okta" maxLength={200} onSave={(sourceSystem) => onSave({ sourceSystem })} />
          <SavedField label="Collected by" value={item.collector} example="Maya Okafor" maxLength={200} onSave={(collector) => onSave({ collector })} />
          <div className="field">
            <label htmlFor={methodId} className="field__label">How it was obtained</label>
            <select id={methodId} value={item.method ?? ''} onChange={(event) => onSave({ method: (event.target.value || null) as EvidenceMethodId | null })}>
              <option value="">Not set (for example: export)</option>
              {METHODS.map((method) => (
                <option key={method.id} value={method.id}>
                  {method.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="choice">
          <input type="checkbox" checked={item.redacted} onChange={(event) => onSave({ redacted: event.target.checked })} />
          <span>
            <strong>Needs redaction</strong>
            <span className="field__hint"> It holds personal or secret data: it is listed in the package, but its file is withheld from the ZIP.</span>
          </span>
        </label>
      </fieldset>
    </article>
  );
}
