import { useEffect, useState } from 'react';
import type { ActivityEntryView } from '../../../core/api/types';
import type { ApiResult } from '../../../core/api/contract';
import { useApi } from '../app/api-context';
import { ErrorMessage } from '../components/ErrorMessage';

/** The append-only activity log, newest first, with a check of its hash chain. */
export function ActivityPage() {
  const api = useApi();
  const [entries, setEntries] = useState<ActivityEntryView[]>([]);
  const [verification, setVerification] = useState<ApiResult<'activity.verify'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('activity.list', { limit: 200 }).then(setEntries, setError);
  }, [api]);

  return (
    <div className="page">
      <h1 tabIndex={-1}>Activity log</h1>
      <p className="lede">Every change to this workspace, who made it and when. Each entry is chained to the one before it by a SHA-256 hash, so any later alteration shows.</p>
      {error !== null && <ErrorMessage error={error} />}
      <div className="toolbar">
        <button type="button" className="button" onClick={() => api.call('activity.verify').then(setVerification, setError)}>
          Check the chain
        </button>
        {verification && (
          <p role="status" className={verification.ok ? 'ok-text' : 'error-text'}>
            {verification.ok ? `All ${verification.entries} entries link correctly.` : `${verification.problems.length} problem(s): ${verification.problems.map((p) => `entry ${p.seq} ${p.problem}`).join('; ')}`}
          </p>
        )}
      </div>
      <table className="table">
        <caption className="visually-hidden">Activity log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td>{entry.actor}</td>
              <td>{entry.action}</td>
              <td className="table__details">{entry.details === '{}' ? '' : entry.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
