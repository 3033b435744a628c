import { useEffect, useRef, type ReactNode } from 'react';
import type { StepProgress, WorkspaceSummary } from '../../../core/api/types';
import { navigate, routeHash, STEP_ORDER, type Route } from '../app/routes';
import { StepStateBadge } from '../components/StepStateBadge';
import { ReviewBanner } from './review/ReviewBanner';
import { ReviewNavItems } from './review/ReviewNavItems';

interface Props {
  summary: WorkspaceSummary;
  route: Route;
  onClose(): void;
  children: ReactNode;
}

function isCurrent(route: Route, target: Route): boolean {
  return routeHash(route) === routeHash(target);
}

/**
 * The frame around an open workspace: which file, the five steps with their state (the main
 * navigation), and the page. Focus moves to the page heading on every navigation so keyboard and
 * screen-reader users land where the content is.
 */
export function WorkspaceShell({ summary, route, onClose, children }: Props) {
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.querySelector<HTMLElement>('h1')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <span className="topbar__brand">SOC 2 Workbench</span>
        <span className="topbar__file" title={summary.path}>
          {summary.organisationName} <span className="muted">— {summary.fileName}</span>
        </span>
        {summary.readOnly && <span className="pill pill--warn">Read-only</span>}
        <span className="topbar__saved" aria-live="polite">{summary.readOnly ? 'Read-only: nothing here can be changed' : 'Every change is saved as you make it'}</span>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close workspace
        </button>
      </header>
      <nav className="sidebar" aria-label="Engagement steps">
        <ol className="nav-list">
          <li>
            <a href={routeHash({ page: 'dashboard' })} className="nav-item" aria-current={isCurrent(route, { page: 'dashboard' }) ? 'page' : undefined}>
              <span className="nav-item__title">Dashboard</span>
              <kbd className="nav-item__key">Alt+0</kbd>
            </a>
          </li>
          {STEP_ORDER.map((id, index) => {
            const step = summary.steps.find((s) => s.id === id) as StepProgress;
            const target: Route = { page: 'step', step: id };
            return (
              <li key={id}>
                <a href={routeHash(target)} className="nav-item" aria-current={isCurrent(route, target) ? 'page' : undefined}>
                  <span className="nav-item__number" aria-hidden="true">{index + 1}</span>
                  <span className="nav-item__body">
                    <span className="nav-item__title">
                      <span className="visually-hidden">Step {index + 1}: </span>
                      {step.title}
                    </span>
                    <StepStateBadge state={step.state} />
                  </span>
                  <kbd className="nav-item__key">Alt+{index + 1}</kbd>
                </a>
              </li>
            );
          })}
          <li className="nav-list__separator">
            <a href={routeHash({ page: 'activity' })} className="nav-item" aria-current={isCurrent(route, { page: 'activity' }) ? 'page' : undefined}>
              <span className="nav-item__title">Activity log</span>
            </a>
          </li>
          <li>
            <a href={routeHash({ page: 'catalog' })} className="nav-item" aria-current={isCurrent(route, { page: 'catalog' }) ? 'page' : undefined}>
              <span className="nav-item__title">Catalog</span>
            </a>
          </li>
          <ReviewNavItems route={route} />
        </ol>
      </nav>
      <main className="content" id="main" ref={mainRef}>
        <ReviewBanner />
        {children}
      </main>
    </div>
  );
}

/** Alt+0 dashboard, Alt+1…5 the steps (Ctrl/Cmd+digit belongs to the browser's tabs). */
export function useStepShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([0-5])$/.exec(event.code)?.[1];
      if (digit === undefined) return;
      event.preventDefault();
      const index = Number(digit);
      navigate(index === 0 ? { page: 'dashboard' } : { page: 'step', step: STEP_ORDER[index - 1]! });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
