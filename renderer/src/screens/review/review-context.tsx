import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ReviewStateView } from '../../../../core/api/review-types';
import type { WorkspaceSummary } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';

interface ReviewContextValue {
  /** The received file under review, or null for a normal workspace. */
  review: ReviewStateView | null;
  setReview(review: ReviewStateView): void;
  refresh(): void;
}

const ReviewContext = createContext<ReviewContextValue>({ review: null, setReview: () => undefined, refresh: () => undefined });

/**
 * Whether the open workspace is a received file under review, read once per opened workspace. Every
 * screen can ask (the banner, the navigation, the review page) without each calling the API.
 */
export function ReviewProvider({ summary, children }: { summary: WorkspaceSummary; children: ReactNode }) {
  const api = useApi();
  const [review, setReview] = useState<ReviewStateView | null>(null);
  const refresh = useCallback(() => {
    api.call('review.current').then(setReview, () => setReview(null));
  }, [api]);
  useEffect(() => {
    // Only a read-only workspace can be a review copy; a normal workspace needs no call.
    if (summary.readOnly) refresh();
    else setReview(null);
  }, [summary.path, summary.readOnly, refresh]);
  return <ReviewContext.Provider value={{ review, setReview, refresh }}>{children}</ReviewContext.Provider>;
}

export function useReview(): ReviewContextValue {
  return useContext(ReviewContext);
}

const PENDING_KEY = 'soc2.openForReview';
const REQUEST_EVENT = 'soc2-open-for-review';

/** Asks the start screen to choose a received file for review (the desktop menu's "Open for Review…"). */
export function requestOpenForReview(): void {
  sessionStorage.setItem(PENDING_KEY, '1');
  window.dispatchEvent(new Event(REQUEST_EVENT));
}

/** Runs `onRequest` when "Open for review" was asked for from the menu, now or before this screen appeared. */
export function useOpenForReviewRequests(onRequest: () => void): void {
  useEffect(() => {
    const take = () => {
      if (sessionStorage.getItem(PENDING_KEY) !== '1') return;
      sessionStorage.removeItem(PENDING_KEY);
      onRequest();
    };
    take();
    window.addEventListener(REQUEST_EVENT, take);
    return () => window.removeEventListener(REQUEST_EVENT, take);
  }, [onRequest]);
}
