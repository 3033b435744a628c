import { useId, useState } from 'react';
import type { AuditExceptionView } from '../../../../core/api/audit-types';

const STATUS_LABELS: Record<AuditExceptionView['status'], string> = { open: 'Open', responded: 'Responded', closed: 'Closed by the auditor' };

/** One exception: what the auditor found, and management's response (saved when kept). */
export function ExceptionCard({ item, onRespond, onStatus }: { item: AuditExceptionView; onRespond(response: string): Promise<boolean>; onStatus(status: AuditExceptionView['status']): void }) {
  const id = useId();
  const [response, setResponse] = useState(item.managementResponse);
  const label = item.reference || `Exception ${item.id}`;
  return (
    <li className="card exception-card">
      <div className="toolbar toolbar--spread">
        <h3>
          {label}
          {item.controlRef && <span className="muted"> · {item.controlRef}</span>}
        </h3>
        <span className={`pill pill--${item.severity}`}>{item.severity.charAt(0).toUpperCase() + item.severity.slice(1)} severity</span>
      </div>
      <p>{item.description}</p>
      {item.raisedOn && <p className="muted">Raised on {item.raisedOn}</p>}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-response`}>
          Management’s response
        </label>
        <textarea
          id={`${id}-response`}
          rows={3}
          maxLength={10_000}
          value={response}
          placeholder="e.g. The delay came from a manual step; leavers are now disabled automatically from the HR system. Owner: Sam Ortiz, in place since 1 November."
          onChange={(e) => setResponse(e.target.value)}
          onBlur={() => {
            if (response.trim() !== '' && response !== item.managementResponse) void onRespond(response);
          }}
        />
        {item.respondedBy && (
          <span className="field__hint">
            Last saved by {item.respondedBy} on {(item.respondedAt ?? '').slice(0, 10)}
          </span>
        )}
      </div>
      <label className="field field--inline" htmlFor={`${id}-status`}>
        <span className="field__label">Status</span>
        <select id={`${id}-status`} value={item.status} onChange={(e) => onStatus(e.target.value as AuditExceptionView['status'])}>
          {(Object.keys(STATUS_LABELS) as AuditExceptionView['status'][]).map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
