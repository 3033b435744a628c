import { useEffect, useState } from 'react';
import type { PopulationRowsPage, PopulationView } from '../../../../core/api/testing-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';

const PAGE = 50;

/** The population's rows as imported, a page at a time, with the file line each started on. */
export function PopulationRows({ population }: { population: PopulationView }) {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<PopulationRowsPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    api.call('population.rows', { id: population.id, offset, limit: PAGE }).then(
      (next) => current && setPage(next),
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [api, population.id, offset]);

  if (error !== null) return <ErrorMessage error={error} />;
  if (!page) return <p aria-busy="true">Loading rows…</p>;
  if (page.total === 0) return <p className="muted">This population has no rows: nothing of this kind happened in its range.</p>;
  const last = Math.min(offset + PAGE, page.total);
  return (
    <div>
      <div className="testing-toolbar">
        <p className="muted" aria-live="polite">
          Rows {offset + 1}–{last} of {page.total.toLocaleString()}
        </p>
        <div className="testing-form__actions">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Previous rows
          </button>
          <button type="button" className="button" disabled={last >= page.total} onClick={() => setOffset(offset + PAGE)}>
            Next rows
          </button>
        </div>
      </div>
      <div className="testing-scroll" tabIndex={0} role="region" aria-label={`Rows of ${population.name}`}>
      <table className="table table--dense">
        <caption className="visually-hidden">Rows of {population.name}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__num">
              Row
            </th>
            <th scope="col" className="table__num">
              Line
            </th>
            {page.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={row.rowNumber}>
              <td className="table__num">{row.rowNumber}</td>
              <td className="table__num">{row.lineNumber}</td>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
