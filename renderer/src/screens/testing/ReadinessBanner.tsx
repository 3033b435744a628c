/** Shown on every part of step 4 that records testing, so it is never mistaken for the auditor's work. */
export function ReadinessBanner() {
  return (
    <p className="testing-banner">
      <strong>Internal readiness testing</strong>
      <span>Management’s own testing to prepare for the audit. It is not the auditor’s testing, and its results are not the auditor’s results.</span>
    </p>
  );
}
