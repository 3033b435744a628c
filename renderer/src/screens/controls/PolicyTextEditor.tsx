import { useEffect, useRef, useState } from 'react';
import type { PolicyDetailView, PolicyVersionView } from '../../../../core/api/policy-types';
import { Markdown } from '../catalog/Markdown';

const SAVE_AFTER_MS = 1200;

/**
 * The policy's text as Markdown beside a live preview. Edits are saved a moment after typing stops
 * (and when the field is left): into the draft version, or, when the newest version is approved,
 * as a new draft version, so an approved text never changes.
 */
export function PolicyTextEditor({ policy, working, onSave }: { policy: PolicyDetailView; working: PolicyVersionView; onSave(markdown: string): Promise<unknown> }) {
  const [text, setText] = useState(working.markdown);
  const dirty = useRef(false);
  const timer = useRef<number | null>(null);
  const latest = useRef(text);
  latest.current = text;
  const save = useRef(onSave);
  save.current = onSave;

  // Follow the stored text (another version, another window) unless there are unsaved keystrokes.
  useEffect(() => {
    if (!dirty.current) setText(working.markdown);
  }, [working.markdown, working.version]);

  const flush = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    if (latest.current.trim() !== '') void save.current(latest.current);
  };
  useEffect(() => () => flush(), []);

  const change = (next: string) => {
    setText(next);
    dirty.current = true;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
  };

  const approved = working.approvedOn !== null;
  return (
    <section className="card" aria-labelledby="ctl-text-title">
      <h3 id="ctl-text-title">
        Text — version {working.version} {approved ? `(approved ${working.approvedOn})` : '(draft)'}
      </h3>
      {approved ? (
        <p className="muted">Version {working.version} is approved and never changes. Editing below starts version {working.version + 1} as a draft, to be approved in turn.</p>
      ) : (
        <p className="muted">
          Saved as you type. SHA-256 of this draft: <code className="ctl-hash">{working.sha256}</code>
        </p>
      )}
      {policy.unsetValues.length > 0 && (
        <div className="notice notice--warn">
          <p>
            Still to be set before approval: {policy.unsetValues.join(', ')}. Replace each “[to be set: …]” in the text, or fill in the organisation profile in step 1 and recreate the policy.
          </p>
        </div>
      )}
      <div className="ctl-markdown-editor">
        <label className="field">
          <span className="field__label">Policy text (Markdown)</span>
          <textarea value={text} onChange={(e) => change(e.target.value)} onBlur={flush} rows={24} spellCheck placeholder={'e.g. # Clean Desk Policy\n\n## Purpose\n\nWhy this policy exists.'} />
          <span className="field__hint"># Heading, ## Section, **bold**, - list item, 1. numbered item, | table | cells |</span>
        </label>
        <div className="ctl-preview">
          <span className="field__label" id="ctl-preview-label">
            Preview
          </span>
          {/* Scrolls on its own beside the editor, so it takes focus to be scrolled from the keyboard. */}
          <div className="ctl-preview__scroll" tabIndex={0} role="region" aria-labelledby="ctl-preview-label">
            <Markdown source={text} label={`${policy.title}, preview`} />
          </div>
        </div>
      </div>
    </section>
  );
}
