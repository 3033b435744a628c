import { useState } from 'react';
import type { ReportExportResult } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';

/**
 * Writes the verification report as a PDF for the working papers. The desktop app asks where; browser
 * mode saves it beside the review file (in the workspaces folder) and says where it went.
 */
export function ExportReportButton() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReportExportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shell = window.soc2shell;

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const outPath = shell && api.kind === 'desktop' ? await shell.chooseWorkspace({ purpose: 'save-report' }) : undefined;
      if (outPath === null) return;
      setResult(await api.call('review.exportReport', outPath ? { outPath } : {}));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => void exportPdf()} disabled={busy}>
          {busy ? 'Writing the PDF…' : 'Export the report as PDF'}
        </button>
        <span className="save-status" aria-live="polite">
          {result ? `Saved ${result.pages}-page PDF to ${result.path}` : ''}
        </span>
      </div>
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
