import { routeHash, type Route } from '../../app/routes';
import { useReview } from './review-context';

/** The two review pages, listed in the navigation only while a received file is under review. */
export function ReviewNavItems({ route }: { route: Route }) {
  const { review } = useReview();
  if (!review) return null;
  const item = (target: Route, title: string, first = false) => (
    <li className={first ? 'nav-list__separator' : undefined}>
      <a href={routeHash(target)} className="nav-item" aria-current={routeHash(route) === routeHash(target) ? 'page' : undefined}>
        <span className="nav-item__title">{title}</span>
      </a>
    </li>
  );
  return (
    <>
      {item({ page: 'verification' }, 'Verification report', true)}
      {item({ page: 'review' }, 'Review: requests and notes')}
    </>
  );
}
