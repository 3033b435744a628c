import { useEffect, useState } from 'react';
import type { VerificationReport } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportReportButton } from './ExportReportButton';
import { ReportView } from './ReportView';

/** Review mode: the verification report of the received file, exportable as PDF. */
export function VerificationReportPage() {
  const api = useApi();
  const [report, setReport] = useState<VerificationReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('review.report').then(setReport, setError);
  }, [api]);
  return (
    <div className="page review-page">
      <p className="eyebrow">Review of a received file</p>
      <h1 tabIndex={-1}>Verification report</h1>
      <p className="lede">
        What was checked when this file was opened for review, what each check establishes, and what it found. The received file was only read, once, to make a private copy; the checks ran on that copy, which is what you are browsing.
      </p>
      {error !== null && <ErrorMessage error={error} />}
      {report && (
        <>
          <ExportReportButton />
          <ReportView report={report} />
        </>
      )}
    </div>
  );
}
