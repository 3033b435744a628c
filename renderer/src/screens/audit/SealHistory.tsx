import type { SealView } from '../../../../core/api/audit-types';

/** Every sealed version, newest first, with both fingerprints. A sealed package can be rebuilt at any time and comes out identical. */
export function SealHistory({ seals, disabled, onRebuild }: { seals: SealView[]; disabled: boolean; onRebuild(version: number): void }) {
  return (
    <section className="card" aria-labelledby="seal-history-heading">
      <h3 id="seal-history-heading">Sealed versions</h3>
      {seals.length === 0 ? (
        <p className="empty-state">No version has been sealed yet. When the checklist is clear, seal one above; each seal is listed here with its fingerprints.</p>
      ) : (
        <div className="table-scroll">
          <table className="table seal-table">
            <caption className="visually-hidden">Sealed versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Sealed</th>
                <th scope="col">Snapshot fingerprint</th>
                <th scope="col">Package fingerprint</th>
                <th scope="col">Activity-log head</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {seals.map((seal) => (
                <tr key={seal.version}>
                  <th scope="row">Seal {seal.version}</th>
                  <td>
                    {seal.sealedAt.slice(0, 16).replace('T', ' ')} UTC
                    <span className="table__note">by {seal.sealedBy}</span>
                  </td>
                  <td>
                    <code className="fingerprint">{seal.fingerprint}</code>
                  </td>
                  <td>
                    <code className="fingerprint">{seal.packageFingerprint}</code>
                  </td>
                  <td>entry {seal.activitySeq}</td>
                  <td className="table__actions">
                    <button type="button" className="button button--quiet" disabled={disabled} onClick={() => onRebuild(seal.version)} aria-label={`Rebuild the package of seal ${seal.version}`}>
                      Rebuild package
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
