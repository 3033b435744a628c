import type { PolicyDetailView } from '../../../../core/api/policy-types';

/** Every version with its author, dates, approval and the SHA-256 of its text, newest first. */
export function PolicyVersions({ policy }: { policy: PolicyDetailView }) {
  const versions = [...policy.versionList].reverse();
  return (
    <section className="card" aria-labelledby="ctl-versions-title">
      <h3 id="ctl-versions-title">Versions</h3>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Versions of {policy.title}</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Written by</th>
              <th scope="col">Created / last edited</th>
              <th scope="col">Approval</th>
              <th scope="col">SHA-256 of the text</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">
                  {version.version}
                  {policy.inForce?.version === version.version && <span className="pill pill--accent">in force</span>}
                </th>
                <td>{version.author}</td>
                <td>
                  {version.createdAt.slice(0, 10)}
                  {version.updatedAt.slice(0, 10) !== version.createdAt.slice(0, 10) ? ` / ${version.updatedAt.slice(0, 10)}` : ''}
                </td>
                <td>{version.approvedOn ? `${version.approvedOn} by ${version.approver}` : 'Draft'}</td>
                <td>
                  <code className="ctl-hash">{version.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
