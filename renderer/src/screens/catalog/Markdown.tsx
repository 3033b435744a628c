import { useMemo } from 'react';
import { renderPolicyMarkdown } from './render-markdown';

export function Markdown({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => renderPolicyMarkdown(source), [source]);
  // Safe to inject: renderPolicyMarkdown takes no HTML from its input (see render-markdown.ts).
  return <article className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
