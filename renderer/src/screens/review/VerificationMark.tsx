import { useReview } from './review-context';
import '../../styles/review.css';

/**
 * In review mode, marks an evidence item whose stored bytes failed verification; renders nothing
 * otherwise. Meant for the evidence list and details: `<VerificationMark evidenceRef={item.ref} />`.
 */
export function VerificationMark({ evidenceRef }: { evidenceRef: string }) {
  const { review } = useReview();
  if (!review?.failing.evidence.includes(evidenceRef)) return null;
  return (
    <span className="pill report-pill--failed" title="Its stored bytes do not match the SHA-256 recorded when it was added. See the verification report.">
      Failed verification
    </span>
  );
}
