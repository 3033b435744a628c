import { useState } from 'react';
import type { SampleResultId, SampleView } from '../../../../core/api/testing-types';
import { RESULT_LABELS } from './testing-labels';

interface Props {
  sample: SampleView;
  /** Its position among the test's samples (1 for the first). */
  number: number;
  concluded: boolean;
  onResult(position: number, result: SampleResultId): void;
  onNote(position: number, note: string): void;
  onException(position: number, label: string): void;
  onRemove(): void;
}

function NoteInput({ value, label, disabled, onSave }: { value: string; label: string; disabled: boolean; onSave(value: string): void }) {
  const [draft, setDraft] = useState(value);
  return <input className="cell-input" aria-label={label} value={draft} disabled={disabled} placeholder="e.g. ticket HR-88 signed" onChange={(event) => setDraft(event.target.value)} onBlur={() => draft !== value && onSave(draft)} />;
}

/** One drawn sample: what it was drawn from and with which seed, then a result and a note per item. */
export function SampleTable({ sample, number, concluded, onResult, onNote, onException, onRemove }: Props) {
  const fromPopulation = sample.source === 'population';
  const tested = sample.items.filter((item) => item.result !== 'not-tested').length;
  const title = `Sample ${number}: ${sample.size} of ${sample.sourceSize} ${fromPopulation ? `rows of ${sample.population?.ref ?? 'a population'}` : 'occurrences in the period'}`;
  return (
    <section className="test-section" aria-label={title}>
      <div className="testing-toolbar">
        <h4>{title}</h4>
        <button type="button" className="button button--quiet" onClick={onRemove} disabled={concluded}>
          Remove this sample
        </button>
      </div>
      <div className="sample-meta">
        <span>
          Seed <code>{sample.seed}</code>
        </span>
        <span>
          Algorithm <code>{sample.algorithm}</code>
        </span>
        <span>
          Drawn by {sample.drawnBy} on {sample.drawnAt.slice(0, 10)}
        </span>
        <span>{sample.sizeBasis}</span>
        <span>
          {tested} of {sample.items.length} tested
        </span>
        {sample.reproducible ? (
          <span className="chip chip--ok">Reproducible: same seed, same rows</span>
        ) : (
          <span className="chip chip--warn">{fromPopulation ? 'Does not reproduce' : 'The period changed since this draw'}</span>
        )}
      </div>
      <div className="testing-scroll" tabIndex={0} role="region" aria-label={`Items of sample ${number}`}>
        <table className="table table--dense">
          <thead>
            <tr>
              <th scope="col" className="table__num">
                #
              </th>
              <th scope="col" className="table__num">
                {fromPopulation ? 'Row' : 'Occurrence'}
              </th>
              {fromPopulation ? (
                sample.headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))
              ) : (
                <th scope="col">Window</th>
              )}
              <th scope="col">Result</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Exception</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sample.items.map((item) => {
              const name = fromPopulation ? `row ${item.rowNumber}` : item.label;
              return (
                <tr key={item.position}>
                  <td className="table__num">{item.position}</td>
                  <td className="table__num">{item.rowNumber}</td>
                  {fromPopulation ? (item.cells ?? []).map((cell, index) => <td key={index}>{cell}</td>) : <td>{item.label}</td>}
                  <td>
                    <select className="cell-select" aria-label={`Result for ${name}`} value={item.result} disabled={concluded} onChange={(event) => onResult(item.position, event.target.value as SampleResultId)}>
                      {(Object.keys(RESULT_LABELS) as SampleResultId[]).map((result) => (
                        <option key={result} value={result}>
                          {RESULT_LABELS[result]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <NoteInput key={item.note} value={item.note} label={`Note for ${name}`} disabled={concluded} onSave={(note) => onNote(item.position, note)} />
                  </td>
                  <td className="table__nowrap">
                    {item.exceptionIds.length > 0 ? (
                      <span className="chip chip--danger">Exception recorded</span>
                    ) : item.result === 'exception' ? (
                      <button type="button" className="button button--quiet" disabled={concluded} onClick={() => onException(item.position, item.label)}>
                        Record exception<span className="visually-hidden"> for {name}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
