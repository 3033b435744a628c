import { useEffect, useState } from 'react';
import type { ControlFrequency, ControlScheduleView, ScheduleSummary } from '../../../../core/api/control-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';

const SHOWN = 12;

/** The windows in which the control must operate during the period, each due by its end. */
export function ScheduleList({ controlId, frequency, summary }: { controlId: number; frequency: ControlFrequency; summary: ScheduleSummary }) {
  const api = useApi();
  const [view, setView] = useState<ControlScheduleView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [all, setAll] = useState(false);
  useEffect(() => {
    api.call('controls.schedule', { id: controlId }).then(setView, setError);
  }, [api, controlId, frequency, summary.expected, summary.kind]);

  if (error) return <ErrorMessage error={error} />;
  if (!view) return <p aria-busy="true">Working out the schedule…</p>;
  const schedule = view.schedule;
  if (schedule.kind !== 'periodic') return <p className="muted">{schedule.note}</p>;
  const occurrences = all ? schedule.occurrences : schedule.occurrences.slice(0, SHOWN);
  return (
    <div>
      <p>
        <strong>
          {schedule.expected} expected{view.period ? ` (${view.period})` : ''}.
        </strong>{' '}
        <span className="muted">{schedule.note}</span>
      </p>
      <table className="table ctl-schedule">
        <caption className="visually-hidden">Expected occurrences of {view.ref}</caption>
        <thead>
          <tr>
            <th scope="col">Occurrence</th>
            <th scope="col">Window</th>
            <th scope="col">Due by</th>
            <th scope="col">Counts</th>
          </tr>
        </thead>
        <tbody>
          {occurrences.map((occurrence) => (
            <tr key={occurrence.index} className={occurrence.expected ? undefined : 'row--muted'}>
              <td>{occurrence.label}</td>
              <td>
                {occurrence.windowStart} – {occurrence.windowEnd}
                {occurrence.beforePeriod ? ' (reaches back before the period)' : ''}
              </td>
              <td>{occurrence.windowEnd}</td>
              <td>{occurrence.expected ? 'Yes' : 'No: less than half of it is in the period'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {schedule.occurrences.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${schedule.occurrences.length}`}
        </button>
      )}
    </div>
  );
}
