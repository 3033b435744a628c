import { useCallback, useState } from 'react';
import type { ReviewStateView } from '../../../../core/api/review-types';
import { useReview } from './review-context';

/**
 * Runs an edit of the review file (each one is saved to the file at once by core) and shows the new
 * state everywhere — banner, navigation and this page — or the error, leaving the form as typed.
 */
export function useReviewEdit(): { edit(action: () => Promise<ReviewStateView>): Promise<boolean>; status: string; error: unknown; clearError(): void } {
  const { setReview } = useReview();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const edit = useCallback(
    async (action: () => Promise<ReviewStateView>) => {
      setError(null);
      try {
        const next = await action();
        setReview(next);
        setStatus(`Saved to the review file at ${new Date().toLocaleTimeString()}`);
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      }
    },
    [setReview],
  );
  return { edit, status, error, clearError: useCallback(() => setError(null), []) };
}
