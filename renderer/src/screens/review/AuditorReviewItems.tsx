import { useEffect, useState } from 'react';
import type { ImportedReviewView } from '../../../../core/api/review-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { shortHash, TARGET_LABELS } from './review-format';
import '../../styles/review.css';

type Note = ImportedReviewView['notes'][number];

function byTarget(notes: Note[]): [string, Note[]][] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const key = note.target.kind === 'general' ? 'General' : `${TARGET_LABELS[note.target.kind]} ${note.target.ref}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.entries()];
}

/**
 * What the auditor sent back besides requests: review notes grouped by the criterion, control or
 * evidence item they concern, and the auditor's own samples (labelled as theirs). Read-only: the
 * auditor's words are kept as received.
 */
export function AuditorReviewItems({ refreshKey }: { refreshKey: number }) {
  const api = useApi();
  const [data, setData] = useState<ImportedReviewView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('review.imported').then(setData, setError);
  }, [api, refreshKey]);

  if (error !== null) return <ErrorMessage error={error} />;
  if (!data || data.reviews.length === 0) return null;
  return (
    <section className="auditor-items" aria-labelledby="auditor-items-heading">
      <h3 id="auditor-items-heading">From the auditor’s review</h3>
      <p className="muted">
        {data.reviews.map((r) => `${r.reviewer} (imported ${r.importedAt.slice(0, 10)}, reviewed ${r.sealVersion ? `seal ${r.sealVersion}` : `file ${shortHash(r.madeAgainstSha256)}`})`).join('; ')}. Requests are in the list above; the auditor’s notes and samples are kept exactly as received.
      </p>
      <h4>
        Review notes <span className="count-badge">{data.notes.length}</span>
      </h4>
      {data.notes.length === 0 ? (
        <p className="muted">The auditor left no notes.</p>
      ) : (
        <div className="review-notes">
          {byTarget(data.notes).map(([label, notes]) => (
            <div key={label} className="review-notes__group">
              <h5>
                {label} <span className="count-badge">{notes.length}</span>
              </h5>
              <ul>
                {notes.map((note) => (
                  <li key={note.id}>
                    <p>{note.text}</p>
                    <p className="muted review-notes__by">
                      {note.author}
                      {note.firm ? `, ${note.firm}` : ''} · {note.createdAt.slice(0, 10)}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {data.samples.length > 0 && (
        <>
          <h4>
            The auditor’s samples <span className="count-badge">{data.samples.length}</span>
          </h4>
          <ul className="review-samples">
            {data.samples.map((sample) => (
              <li key={sample.id}>
                <p>
                  <strong>
                    {sample.populationRef}: {sample.size} rows selected by the auditor
                  </strong>{' '}
                  <span className="muted">
                    ({sample.drawnBy}, seed <code>{sample.seed}</code>, {sample.algorithm})
                  </span>
                </p>
                <p className="review-samples__rows">Rows {sample.rows.join(', ')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
