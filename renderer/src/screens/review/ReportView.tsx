import type { VerificationReport } from '../../../../core/api/review-types';
import { formatBytes, formatWhen, STATUS_LABELS } from './review-format';

/**
 * The verification report as a page: what file, when and by whom, then every check — what it
 * establishes, what it covered, its result — and each individual failure. Used in review mode and,
 * for a file that cannot be browsed, on the start screen.
 */
export function ReportView({ report, headingLevel = 2 }: { report: VerificationReport; headingLevel?: 2 | 3 }) {
  const failed = report.checks.filter((check) => check.status === 'failed');
  const failures = failed.reduce((sum, check) => sum + check.failures.length, 0);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="report">
      <div className={`report__verdict report__verdict--${report.overall}`} role="status">
        <p className="report__verdict-title">
          {report.overall === 'passed'
            ? 'Every check passed.'
            : report.browsable
              ? `${failed.length} check${failed.length === 1 ? '' : 's'} failed, with ${failures} individual failure${failures === 1 ? '' : 's'}.`
              : `${failed.length} check${failed.length === 1 ? '' : 's'} failed: the file could not be read safely.`}
        </p>
        <p className="report__verdict-detail">
          {report.overall === 'passed'
            ? 'The file is a well-formed workspace and everything it records that can be verified is as it was written.'
            : report.browsable
              ? 'Nothing was repaired. The items listed below cannot be relied on as received; everything else was checked and holds, and can be browsed.'
              : 'Its content was not examined and it cannot be browsed. Ask the sender for a fresh copy.'}
        </p>
      </div>
      <dl className="report__facts">
        <dt>File</dt>
        <dd>{report.fileName}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code>{report.fileSha256}</code>
        </dd>
        <dt>Size</dt>
        <dd>{formatBytes(report.fileSizeBytes)}</dd>
        <dt>Verified</dt>
        <dd>
          {formatWhen(report.verifiedAt)} by {report.verifiedBy} (SOC 2 Workbench {report.appVersion})
        </dd>
      </dl>
      <ol className="report__checks">
        {report.checks.map((check) => (
          <li key={check.id} className={`report-check report-check--${check.status}`}>
            <div className="report-check__head">
              <Heading className="report-check__title">{check.title}</Heading>
              <span className={`pill report-pill--${check.status}`}>{STATUS_LABELS[check.status]}</span>
            </div>
            <p className="report-check__description">{check.description}</p>
            <p className="report-check__covered">
              <span className="muted">Covered:</span> {check.covered}
            </p>
            {check.failures.length > 0 && (
              <div className="table-scroll">
                <table className="table report-check__failures">
                  <caption className="visually-hidden">Failures of the check “{check.title}”</caption>
                  <thead>
                    <tr>
                      <th scope="col">What failed</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.failures.map((failure, index) => (
                      <tr key={index}>
                        <td>{failure.subject}</td>
                        <td>{failure.problem}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
