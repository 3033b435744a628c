import type { PolicyDetailView } from '../../../../core/api/policy-types';

/** Rates per version and the most recent acknowledgements of one policy. */
export function AcknowledgementList({ policy, workforce }: { policy: PolicyDetailView; workforce: string }) {
  if (policy.acknowledgementTotal === 0) {
    return (
      <p className="empty-state">
        No acknowledgements yet. Export the list of who confirmed they read this policy from your HR or e-signature tool (any CSV with a name or e-mail and a date), then import it here; the version is
        taken from the file or, when it has none, the version in force on the day.
      </p>
    );
  }
  return (
    <div className="stack">
      <ul className="ctl-rates" aria-label="Acknowledgement rate per version">
        {policy.acknowledgements.map((rate) => (
          <li key={rate.version}>
            <strong>Version {rate.version}:</strong> {rate.people} {rate.people === 1 ? 'person' : 'people'}
            {rate.percent !== null ? ` — ${rate.percent} %` : ''}
            {policy.inForce?.version === rate.version ? ' (in force)' : ''}
          </li>
        ))}
      </ul>
      <p className="muted">Rates are out of {workforce}.</p>
      <div className="table-scroll ctl-ack-table" tabIndex={0} role="region" aria-label="Acknowledgements list">
        <table className="table">
          <caption>
            {policy.recentAcknowledgements.length < policy.acknowledgementTotal ? `The ${policy.recentAcknowledgements.length} most recent of ${policy.acknowledgementTotal}` : `All ${policy.acknowledgementTotal}`} acknowledgements
          </caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">E-mail</th>
              <th scope="col">Version</th>
              <th scope="col">Acknowledged</th>
              <th scope="col">Imported from</th>
            </tr>
          </thead>
          <tbody>
            {policy.recentAcknowledgements.map((ack) => (
              <tr key={`${ack.version}-${ack.email || ack.person}`}>
                <td>{ack.person || '—'}</td>
                <td>{ack.email || '—'}</td>
                <td>{ack.version}</td>
                <td>{ack.acknowledgedOn}</td>
                <td>{ack.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
