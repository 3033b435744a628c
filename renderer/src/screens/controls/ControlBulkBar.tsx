import { useState } from 'react';
import type { ControlFrequency } from '../../../../core/api/control-types';
import type { ImplementationStatus } from '../../../../core/api/gap-types';
import { useApi } from '../../app/api-context';
import { IMPLEMENTATION_LABELS } from '../gaps/labels';
import { choices } from '../scope/labels';
import { FREQUENCY_LABELS } from './labels';
import type { Run } from './run';

type Change = 'owner' | 'status' | 'frequency' | 'key' | 'retire';
const CHANGE_LABELS: Record<Change, string> = { owner: 'Owner', status: 'Implementation status', frequency: 'Frequency', key: 'Key or supporting', retire: 'Retire (does not apply)' };

/** Appears when rows are selected: one change applied to all of them in one logged edit. */
export function ControlBulkBar({ ids, run, onDone }: { ids: number[]; run: Run; onDone(): void }) {
  const api = useApi();
  const [change, setChange] = useState<Change>('owner');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<ImplementationStatus>('implemented');
  const [frequency, setFrequency] = useState<ControlFrequency>('quarterly');
  const [key, setKey] = useState(true);
  const [reason, setReason] = useState('');
  if (ids.length === 0) return null;

  const blocked = (change === 'owner' && owner.trim() === '') || (change === 'retire' && reason.trim().length < 3);
  const apply = async () => {
    const done =
      change === 'retire'
        ? await run(() => api.call('controls.retire', { ids, reason: reason.trim() }))
        : await run(() => api.call('controls.bulkUpdate', { ids, patch: change === 'owner' ? { owner: owner.trim() } : change === 'status' ? { implementationStatus: status } : change === 'frequency' ? { frequency } : { key } }));
    if (done !== undefined) onDone();
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk edit">
      <strong>{ids.length} selected</strong>
      <label className="field">
        <span className="field__label">Change</span>
        <select value={change} onChange={(e) => setChange(e.target.value as Change)}>
          {choices(CHANGE_LABELS).map((value) => (
            <option key={value} value={value}>
              {CHANGE_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {change === 'owner' && (
        <label className="field">
          <span className="field__label">New owner</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="e.g. Head of Platform" maxLength={500} />
        </label>
      )}
      {change === 'status' && (
        <label className="field">
          <span className="field__label">New status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as ImplementationStatus)}>
            {choices(IMPLEMENTATION_LABELS).map((value) => (
              <option key={value} value={value}>
                {IMPLEMENTATION_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      )}
      {change === 'frequency' && (
        <label className="field">
          <span className="field__label">New frequency</span>
          <select value={frequency} onChange={(e) => setFrequency(e.target.value as ControlFrequency)}>
            {choices(FREQUENCY_LABELS).map((value) => (
              <option key={value} value={value}>
                {FREQUENCY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      )}
      {change === 'key' && (
        <label className="field">
          <span className="field__label">Mark as</span>
          <select value={key ? 'key' : 'supporting'} onChange={(e) => setKey(e.target.value === 'key')}>
            <option value="key">Key control</option>
            <option value="supporting">Supporting control</option>
          </select>
        </label>
      )}
      {change === 'retire' && (
        <label className="field field--grow">
          <span className="field__label">Why they do not apply</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. No office: all systems are cloud-hosted (CC6.4 not applicable)" maxLength={2000} />
        </label>
      )}
      <button type="button" className="button button--primary" disabled={blocked} onClick={() => void apply()}>
        Apply to {ids.length} control{ids.length === 1 ? '' : 's'}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        Clear selection
      </button>
    </div>
  );
}
