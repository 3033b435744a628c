import { useCallback, useState } from 'react';

/**
 * Runs an edit against the API and reports it the same way everywhere: "Saved at …" for screen readers
 * and sighted users alike, or the error to show. `onSaved` runs after every successful edit (for
 * example to refresh the step states in the navigation).
 */
export function useSave(onSaved?: () => void): { run<T>(action: () => Promise<T>): Promise<T | undefined>; status: string; error: unknown; clearError(): void } {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      setError(null);
      try {
        const result = await action();
        setStatus(`Saved at ${new Date().toLocaleTimeString()}`);
        onSaved?.();
        return result;
      } catch (caught) {
        setError(caught);
        return undefined;
      }
    },
    [onSaved],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, status, error, clearError };
}
