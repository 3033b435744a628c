import type { AcknowledgementImportResult } from '../../../../core/api/policy-types';

/** What an import did: rows recorded, rows already on record, and every row not imported with its row number and reason. */
export function AcknowledgementResult({ result }: { result: AcknowledgementImportResult }) {
  const skipped = result.skipped.length;
  return (
    <div className="stack" role="status">
      <p className={skipped === 0 ? 'ok-text' : undefined}>
        Imported {result.imported} acknowledgement{result.imported === 1 ? '' : 's'}.
        {result.duplicates.length > 0 && ` ${result.duplicates.length} row${result.duplicates.length === 1 ? ' was' : 's were'} already recorded (row${result.duplicates.length === 1 ? '' : 's'} ${result.duplicates.map((row) => row.line).join(', ')}).`}
        {skipped > 0 && ` ${skipped} row${skipped === 1 ? ' was' : 's were'} not imported:`}
      </p>
      {skipped > 0 && (
        <>
          <table className="table ctl-skipped">
            <caption className="visually-hidden">Rows not imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Why it was not imported</th>
                <th scope="col">Its cells</th>
              </tr>
            </thead>
            <tbody>
              {result.skipped.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.message}</td>
                  <td className="table__details">{row.values.join(' | ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">Fix these rows in the file and import it again: rows already recorded are recognised and not counted twice.</p>
        </>
      )}
    </div>
  );
}
