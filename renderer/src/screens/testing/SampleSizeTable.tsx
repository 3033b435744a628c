import { useEffect, useState } from 'react';
import type { SampleSizeTable as Table } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { FREQUENCY_LABELS } from './testing-labels';

function bandLabel(band: { minRows: number; maxRows: number | null }): string {
  return band.maxRows === null ? `Over ${band.minRows - 1} rows` : `${band.minRows}–${band.maxRows} rows`;
}

/** A number cell that saves when left; empty means "back to the catalog's value". */
function ValueInput({ label, value, suffix, onSave }: { label: string; value: number; suffix?: string; onSave(value: number | null): void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <span className="table__nowrap">
      <input
        className="cell-input cell-input--narrow"
        type="number"
        min={1}
        aria-label={label}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft === String(value)) return;
          onSave(draft.trim() === '' ? null : Number(draft));
        }}
      />
      {suffix}
    </span>
  );
}

/**
 * The engagement's sample-size table: the catalog's common practice, editable because every CPA firm
 * has its own methodology. Agree it with the auditor before testing.
 */
export function SampleSizeTable({ onChanged }: { onChanged(): void }) {
  const api = useApi();
  const [table, setTable] = useState<Table | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onChanged);
  useEffect(() => {
    api.call('sampleSize.get').then(setTable, setLoadError);
  }, [api]);
  if (!table) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading sample sizes…</p>;

  const set = (basis: 'frequency' | 'population', key: string, value: number | null) =>
    void run(async () => {
      const next = await api.call('sampleSize.set', { basis, key, value });
      setTable(next);
      return next;
    });

  return (
    <div>
      <p className="muted">{table.note} Clear a value to go back to the catalog’s.</p>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      <div className="field-row">
        <table className="table table--dense">
          <caption>By how often the control runs</caption>
          <thead>
            <tr>
              <th scope="col">Frequency</th>
              <th scope="col">Common practice</th>
              <th scope="col">This engagement</th>
            </tr>
          </thead>
          <tbody>
            {table.byFrequency.map((row) => (
              <tr key={row.frequency}>
                <th scope="row">{FREQUENCY_LABELS[row.frequency] ?? row.frequency}</th>
                <td className="table__nowrap">
                  {row.min === row.max ? row.min : `${row.min}–${row.max}`} (default {row.catalogSize})
                </td>
                <td>
                  <ValueInput label={`Sample size for ${FREQUENCY_LABELS[row.frequency] ?? row.frequency} controls`} value={row.size} onSave={(value) => set('frequency', row.frequency, value)} />
                  {row.overridden && <span className="chip">changed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table table--dense">
          <caption>By population size (per-event controls)</caption>
          <thead>
            <tr>
              <th scope="col">Rows in the population</th>
              <th scope="col">Common practice</th>
              <th scope="col">This engagement</th>
            </tr>
          </thead>
          <tbody>
            {table.byPopulation.map((band) => (
              <tr key={band.key}>
                <th scope="row">{bandLabel(band)}</th>
                <td>{band.rule === 'all' ? 'All of them' : band.rule === 'percent' ? `${band.catalogValue} % rounded up` : band.catalogValue}</td>
                <td>
                  {band.rule === 'all' ? (
                    'All of them'
                  ) : (
                    <ValueInput label={`${band.rule === 'percent' ? 'Percentage' : 'Sample size'} for populations of ${bandLabel(band).toLowerCase()}`} value={band.value ?? 0} suffix={band.rule === 'percent' ? ' %' : ''} onSave={(value) => set('population', band.key, value)} />
                  )}
                  {band.overridden && <span className="chip">changed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
