import { routeHash } from '../../app/routes';
import { useReview } from './review-context';
import { shortHash } from './review-format';
import '../../styles/review.css';

/**
 * Always visible in review mode: which received file is open (read-only, on a private copy), which
 * sealed version — or, when not sealed, which exact bytes (SHA-256) — and what verification found.
 */
export function ReviewBanner() {
  const { review } = useReview();
  if (!review) return null;
  const failed = review.failedChecks;
  return (
    <section className={`review-banner${failed > 0 ? ' review-banner--failed' : ''}`} aria-label="Review of a received file">
      <div className="review-banner__main">
        <p className="review-banner__title">
          Reviewing <strong>{review.receivedName}</strong> <span className="pill pill--warn">Read-only</span>
        </p>
        <p className="review-banner__detail">
          {review.seal ? (
            <>
              Sealed version {review.seal.version} of {review.seal.sealedAt.slice(0, 10)}, fingerprint <code title={review.seal.fingerprint}>{shortHash(review.seal.fingerprint)}</code>
            </>
          ) : (
            <>
              Not sealed — file SHA-256 <code title={review.fileSha256}>{shortHash(review.fileSha256)}</code>
            </>
          )}
        </p>
      </div>
      <p className="review-banner__result">
        <a href={routeHash({ page: 'verification' })}>{failed === 0 ? 'Verification passed' : `Verification: ${failed} check${failed === 1 ? '' : 's'} failed`}</a>
        {' · '}
        <a href={routeHash({ page: 'review' })}>Requests and notes ({(review.review?.requests.length ?? 0) + (review.review?.notes.length ?? 0)})</a>
      </p>
    </section>
  );
}
