import { ApiCallError } from '../api/client';

/**
 * What to do next, for codes whose message from core/ says only what happened. Workspace errors from
 * core/ already end with the advice (the command line prints the same words), so they are not repeated.
 */
const ADVICE: Partial<Record<string, string>> = {
  WORKSPACE_NOT_FOUND: 'The file may have been moved or renamed. Choose it again.',
  UNAUTHORIZED: 'If you started the app yourself, copy the full address it printed (including the part after #).',
  NO_WORKSPACE_OPEN: 'Go back to the start screen and open a workspace.',
};

export function errorText(error: unknown): { message: string; advice: string | undefined } {
  if (error instanceof ApiCallError) return { message: error.message, advice: ADVICE[error.code] };
  return { message: 'Something unexpected went wrong in the window.', advice: 'Reload the page; your saved work is in the workspace file.' };
}

export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { message, advice } = errorText(error);
  return (
    <div className="message message--error" role="alert">
      <div>
        <p className="message__title">{message}</p>
        {advice && <p className="message__advice">{advice}</p>}
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
