import { useCallback } from 'react';
import type { AuditSectionProps } from './AuditStep';
import { DraftEditor } from './DraftEditor';

/**
 * Management's assertion and the system description, drafted from the workspace for management to
 * edit and keep. They are management's own statements; the auditor's opinion is never drafted here.
 */
export function DraftsPanel({ onSaved }: AuditSectionProps) {
  const saved = useCallback(() => onSaved(), [onSaved]);
  return (
    <div className="stack">
      <p className="lede">
        Both drafts are written from what the workspace records, in Markdown. Edit them freely; each edit is kept as soon as you leave the text box. Until management keeps a version, the package shows
        the generated text and marks it as not yet reviewed.
      </p>
      <DraftEditor
        kind="assertion"
        title="Management’s assertion"
        explanation="Management’s written statement that the description is fair and the controls were suitably designed (and, for Type II, operated effectively). Management signs it; the auditor does not write it."
        onSaved={saved}
      />
      <DraftEditor
        kind="description"
        title="System description (DC1–DC9)"
        explanation="The description of the system as the report will present it, one section per description criterion. Sections not written yet in step 1 show the question to answer in [square brackets]."
        onSaved={saved}
      />
    </div>
  );
}
