import MarkdownIt from 'markdown-it';

/**
 * Policy text comes from the catalog snapshot, which may come from someone else's library: raw HTML
 * is off (shown as text), and links, images and autolinks are disabled so a template can neither
 * navigate the app away nor load anything. Headings are pushed down two levels so a template's own
 * "# Title" sits under the page's headings instead of competing with them.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['link', 'image', 'autolink']);

const HEADING_SHIFT = 2;

export function renderPolicyMarkdown(source: string): string {
  const tokens = md.parse(source, {});
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT)}`;
    }
  }
  // Values not known yet stand out, so an unfinished policy never reads as a finished one. The text
  // here is already HTML-escaped by markdown-it, so the marker can hold no markup of its own.
  return md.renderer.render(tokens, md.options, {}).replace(/\[to be set: ([^\]<>]*)\]/g, '<mark class="to-be-set">[to be set: $1]</mark>');
}
