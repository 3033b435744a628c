import { useState } from 'react';
import { useReview } from './review-context';
import { ReviewFileBar } from './ReviewFileBar';
import { ReviewNotes, type NoteTarget } from './ReviewNotes';
import { ReviewRequests } from './ReviewRequests';
import { ReviewSamples } from './ReviewSamples';
import { ReviewSearch } from './ReviewSearch';

/**
 * Review mode's working page: the auditor's requests, review notes and samples, each saved at once
 * in the review file that goes back to the client. The client's workspace is only ever read.
 */
export function ReviewPage() {
  const { review } = useReview();
  const [noteTarget, setNoteTarget] = useState<NoteTarget | null>(null);
  return (
    <div className="page review-page">
      <p className="eyebrow">Review of a received file</p>
      <h1 tabIndex={-1}>Review: requests and notes</h1>
      <p className="lede">Record what you need from the client and what you found. The workspace you are reviewing is never changed: everything here goes into your own review file, which the client imports.</p>
      {!review?.review ? (
        <p className="card empty-state">No received file is open for review. Go back to the start screen and choose “Open for review”.</p>
      ) : (
        <>
          <ReviewFileBar review={review.review} />
          <ReviewRequests review={review.review} />
          <ReviewSearch onNote={(target) => setNoteTarget({ ...target })} />
          <ReviewNotes review={review.review} preset={noteTarget} />
          <ReviewSamples state={review} />
        </>
      )}
    </div>
  );
}
