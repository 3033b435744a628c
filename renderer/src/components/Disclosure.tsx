import { useState, type ReactNode } from 'react';

/**
 * A <details> whose initial state is chosen once (open when there is nothing yet, for example) and
 * then left to the person: it does not snap shut when its content changes.
 */
export function Disclosure({ summary, initiallyOpen, className, children }: { summary: ReactNode; initiallyOpen: boolean; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
