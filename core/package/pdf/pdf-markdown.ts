import MarkdownIt from 'markdown-it';
import type { PackagePdf, TextRun } from './package-pdf';
import { COLOURS, TYPE } from './theme';

// Raw HTML in a policy or draft is shown as text, never interpreted.
const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

type Token = ReturnType<typeof parser.parse>[number];

/** Inline tokens → runs: bold for strong, mono for code, everything else regular. */
function inlineRuns(tokens: readonly Token[] | null): TextRun[] {
  const runs: TextRun[] = [];
  let bold = 0;
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'text':
      case 'html_inline':
        runs.push({ text: token.content, role: bold > 0 ? 'bold' : 'sans' });
        break;
      case 'code_inline':
        runs.push({ text: token.content, role: 'mono' });
        break;
      case 'softbreak':
        runs.push({ text: ' ' });
        break;
      case 'hardbreak':
        runs.push({ text: '\n' });
        break;
      default:
        break;
    }
  }
  return runs;
}

/**
 * Renders Markdown (policies, management's drafts) into the PDF: headings, paragraphs, bullet and
 * numbered lists (nested), block quotes, code blocks and rules. Headings inside a document are set
 * one level below the section's own headings, so a policy's "# Title" does not compete with the
 * package's section titles.
 */
export function renderMarkdown(pdf: PackagePdf, markdown: string, options: { skipFirstHeading?: boolean } = {}): void {
  const tokens = parser.parse(markdown, {});
  const lists: { ordered: boolean; next: number }[] = [];
  let skippedHeading = !options.skipFirstHeading;
  let quote = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const indent = lists.length * 14 + quote * 12;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        i += 2;
        if (!skippedHeading) {
          skippedHeading = true;
          break;
        }
        const level = Number(token.tag.slice(1));
        pdf.ensure(40);
        pdf.space(level <= 2 ? 4 : 2);
        pdf.text(inlineRuns(inline.children).map((run) => ({ ...run, role: 'bold' as const })), { size: level <= 2 ? TYPE.h3 + 0.5 : TYPE.body + 0.5, gapAfter: 3, indent });
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        i += 2;
        const runs = inlineRuns(inline.children);
        const item = lists[lists.length - 1];
        const isListLead = tokens[i - 3]?.type === 'list_item_open' && item !== undefined;
        if (isListLead) {
          const marker = item.ordered ? `${item.next}.` : '•';
          item.next += 1;
          pdf.ensure(TYPE.body * 1.4);
          pdf.put(marker, pdf.left + indent - 13, pdf.y, 'sans', TYPE.body, COLOURS.muted);
        }
        pdf.text(runs, { indent, gapAfter: lists.length > 0 ? 2.5 : TYPE.body * 0.6, color: quote > 0 ? COLOURS.muted : COLOURS.text });
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) pdf.space(TYPE.body * 0.4);
        break;
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote = Math.max(0, quote - 1);
        break;
      case 'fence':
      case 'code_block':
        pdf.text(token.content.replace(/\n$/, ''), { role: 'mono', size: TYPE.small, indent: indent + 6, color: COLOURS.muted });
        break;
      case 'hr':
        pdf.ensure(12);
        pdf.space(4);
        pdf.rule();
        pdf.space(8);
        break;
      case 'inline':
        // Table cells and other inline content outside paragraphs: printed as plain lines.
        pdf.text(inlineRuns(token.children), { indent });
        break;
      default:
        break;
    }
  }
}
