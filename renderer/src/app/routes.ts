import { useEffect, useState } from 'react';
import type { StepId } from '../../../core/api/types';

export type Route = { page: 'dashboard' } | { page: 'step'; step: StepId } | { page: 'activity' } | { page: 'catalog' } | { page: 'verification' } | { page: 'review' };

export const STEP_ORDER: StepId[] = ['scope', 'gaps', 'controls', 'testing', 'audit'];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'activity') return { page: 'activity' };
  if (path === 'catalog') return { page: 'catalog' };
  // Review mode (a received file opened for review): its verification report and the review itself.
  if (path === 'verification') return { page: 'verification' };
  if (path === 'review') return { page: 'review' };
  const step = STEP_ORDER.find((id) => path === `step/${id}`);
  return step ? { page: 'step', step } : { page: 'dashboard' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'dashboard':
      return '#/dashboard';
    case 'activity':
      return '#/activity';
    case 'catalog':
      return '#/catalog';
    case 'verification':
      return '#/verification';
    case 'review':
      return '#/review';
    case 'step':
      return `#/step/${route.step}`;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Hash routing: the address survives reloads in browser mode and needs no server support. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
