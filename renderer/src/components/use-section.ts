import { useCallback, useEffect, useState } from 'react';

const key = (step: string) => `soc2.section.${step}`;
const EVENT = 'soc2-section-request';

/**
 * Which section of a multi-section step is open. Kept per browser tab (sessionStorage) so a reload or a
 * visit to another step comes back to the same place; `openSection` lets a link elsewhere (the
 * dashboard) choose the section before navigating to the step.
 */
export function useSection<S extends string>(step: string, sections: readonly S[], fallback: S): [S, (section: S) => void] {
  const read = useCallback((): S => {
    const stored = sessionStorage.getItem(key(step));
    return sections.includes(stored as S) ? (stored as S) : fallback;
  }, [step, sections, fallback]);
  const [section, setSection] = useState<S>(read);
  useEffect(() => {
    const onRequest = () => setSection(read());
    window.addEventListener(EVENT, onRequest);
    return () => window.removeEventListener(EVENT, onRequest);
  }, [read]);
  const choose = useCallback(
    (next: S) => {
      sessionStorage.setItem(key(step), next);
      setSection(next);
    },
    [step],
  );
  return [section, choose];
}

export function openSection(step: string, section: string): void {
  sessionStorage.setItem(key(step), section);
  window.dispatchEvent(new Event(EVENT));
}
