import { useCallback, useEffect, useState } from 'react';
import type { ChecklistItemView, ChecklistView } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { AuditSectionProps } from './AuditStep';
import { ChecklistItem } from './ChecklistItem';

/**
 * The readiness checklist, computed live: every item passed, or waived with a written reason, before a
 * version can be sealed. Each open item says what is wrong and links to where it is fixed.
 */
export function ChecklistPanel({ onSaved, goTo }: AuditSectionProps) {
  const api = useApi();
  const [checklist, setChecklist] = useState<ChecklistView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const afterSave = useCallback(() => onSaved(), [onSaved]);
  const { run, status, error, clearError } = useSave(afterSave);

  useEffect(() => {
    api.call('checklist.get').then(setChecklist, setLoadError);
  }, [api]);

  if (!checklist) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Checking the workspace…</p>;

  const waive = async (item: ChecklistItemView, reason: string) => {
    const next = await run(() => api.call('checklist.waive', { itemId: item.id, reason }));
    if (next) setChecklist(next);
    return next !== undefined;
  };
  const unwaive = async (item: ChecklistItemView) => {
    const next = await run(() => api.call('checklist.unwaive', { itemId: item.id }));
    if (next) setChecklist(next);
  };

  const passed = checklist.items.filter((item) => item.effective === 'pass').length;
  const waived = checklist.items.filter((item) => item.effective === 'waived').length;
  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className={`notice ${checklist.readyToSeal ? 'notice--ok' : 'notice--warn'}`} role="status">
        {checklist.readyToSeal ? (
          <p>
            <strong>Ready to seal.</strong> {passed} of {checklist.items.length} items pass{waived > 0 ? ` and ${waived} ${waived === 1 ? 'is' : 'are'} waived with a reason` : ''}.{' '}
            <button type="button" className="link-button" onClick={() => goTo('seal')}>
              Go to Seal and package
            </button>
          </p>
        ) : (
          <p>
            <strong>
              {checklist.blocking} of {checklist.items.length} items {checklist.blocking === 1 ? 'is' : 'are'} still open.
            </strong>{' '}
            Fix each one where it is recorded, or waive it with a written reason; the package shows every waiver to the auditor.
          </p>
        )}
      </div>
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      <ol className="audit-checklist">
        {checklist.items.map((item) => (
          <ChecklistItem key={item.id} item={item} onWaive={(reason) => waive(item, reason)} onUnwaive={() => void unwaive(item)} onOpenDrafts={() => goTo('drafts')} />
        ))}
      </ol>
    </div>
  );
}
