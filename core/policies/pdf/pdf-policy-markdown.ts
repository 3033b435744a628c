import MarkdownIt from 'markdown-it';
import type { FontRole } from '../../package/pdf/fonts';
import { COLOURS } from '../../package/pdf/theme';
import type { PolicyFonts } from './pdf-fonts';

// Policy text may come from someone else's library: raw HTML is printed as text, never interpreted.
const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });
type Token = ReturnType<typeof parser.parse>[number];

interface Run {
  text: string;
  role: FontRole;
}

export interface MarkdownTarget {
  doc: PDFKit.PDFDocument;
  fonts: PolicyFonts;
  clean(text: string, role: FontRole): string;
  left: number;
  width: number;
  bottom: number;
}

const BODY = 10;

function inlineRuns(tokens: readonly Token[] | null, base: FontRole = 'sans'): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  for (const token of tokens ?? []) {
    if (token.type === 'strong_open') bold += 1;
    else if (token.type === 'strong_close') bold = Math.max(0, bold - 1);
    else if (token.type === 'text' || token.type === 'html_inline') runs.push({ text: token.content, role: bold > 0 ? 'bold' : base });
    else if (token.type === 'code_inline') runs.push({ text: token.content, role: 'mono' });
    else if (token.type === 'softbreak') runs.push({ text: ' ', role: base });
    else if (token.type === 'hardbreak') runs.push({ text: '\n', role: base });
  }
  return runs.filter((run) => run.text !== '');
}

/** Writes runs as one wrapped paragraph (continued text keeps bold words inline), breaking across pages; a hard break starts a new line. */
function paragraph(target: MarkdownTarget, runs: Run[], options: { indent?: number; size?: number; color?: string; gapAfter?: number }): void {
  const { doc, fonts } = target;
  const lines: Run[][] = [[]];
  for (const run of runs) {
    if (run.text === '\n') lines.push([]);
    else lines[lines.length - 1]!.push(run);
  }
  const indent = options.indent ?? 0;
  const size = options.size ?? BODY;
  const written = lines.filter((line) => line.length > 0);
  if (written.length === 0) return;
  if (doc.y + size * 1.5 > target.bottom) doc.addPage();
  for (const line of written) {
    line.forEach((run, index) => {
      const last = index === line.length - 1;
      doc.font(fonts[run.role]).fontSize(size).fillColor(options.color ?? COLOURS.text);
      const text = target.clean(run.text, run.role);
      if (index === 0) doc.text(text, target.left + indent, doc.y, { width: target.width - indent, continued: !last, lineGap: 2 });
      else doc.text(text, { continued: !last, lineGap: 2 });
    });
  }
  doc.x = target.left;
  doc.y += options.gapAfter ?? size * 0.55;
}

/** A simple grid for Markdown tables: column widths follow the longest text, the header row is shaded. */
function table(target: MarkdownTarget, rows: { header: boolean; cells: string[] }[]): void {
  const { doc, fonts } = target;
  const columns = Math.max(...rows.map((row) => row.cells.length));
  const longest = Array.from({ length: columns }, (_, column) => Math.min(60, Math.max(8, ...rows.map((row) => (row.cells[column] ?? '').length))));
  const total = longest.reduce((sum, value) => sum + value, 0);
  const widths = longest.map((value) => (value / total) * target.width);
  const pad = 4;
  const size = BODY - 1;
  for (const row of rows) {
    const role: FontRole = row.header ? 'bold' : 'sans';
    doc.font(fonts[role]).fontSize(size);
    const texts = widths.map((_, column) => target.clean(row.cells[column] ?? '', role));
    const height = Math.max(...texts.map((text, column) => doc.heightOfString(text || ' ', { width: widths[column]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > target.bottom) doc.addPage();
    const top = doc.y;
    let x = target.left;
    texts.forEach((text, column) => {
      const width = widths[column]!;
      if (row.header) doc.save().rect(x, top, width, height).fill(COLOURS.surfaceMuted).restore();
      doc.save().rect(x, top, width, height).lineWidth(0.5).strokeColor(COLOURS.border).stroke().restore();
      doc.font(fonts[role]).fontSize(size).fillColor(COLOURS.text).text(text, x + pad, top + pad, { width: width - 2 * pad, lineGap: 1 });
      x += width;
    });
    doc.x = target.left;
    doc.y = top + height;
  }
  doc.y += BODY * 0.8;
}

/**
 * Renders a policy's Markdown: headings, paragraphs with bold and code, bullet and numbered lists
 * (nested), block quotes, code blocks, rules and tables. The first level-1 heading is skipped when
 * asked, because the document prints the policy's title above its details.
 */
export function renderPolicyMarkdown(target: MarkdownTarget, markdown: string, options: { skipFirstHeading: boolean }): void {
  const { doc, fonts } = target;
  const tokens = parser.parse(markdown, {});
  const lists: { ordered: boolean; next: number }[] = [];
  let skipHeading = options.skipFirstHeading;
  let quote = 0;
  let tableRows: { header: boolean; cells: string[] }[] | null = null;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const indent = lists.length * 18 + quote * 14;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        i += 2;
        if (skipHeading && token.tag === 'h1') {
          skipHeading = false;
          break;
        }
        const size = token.tag === 'h1' ? 15 : token.tag === 'h2' ? 13 : 11;
        if (doc.y + size * 4 > target.bottom) doc.addPage();
        doc.y += size * 0.4;
        paragraph(target, inlineRuns(inline.children, 'bold').map((run) => ({ ...run, role: 'bold' })), { size, gapAfter: size * 0.35 });
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        i += 2;
        if (tableRows) break;
        const list = lists[lists.length - 1];
        if (tokens[i - 3]?.type === 'list_item_open' && list) {
          const marker = list.ordered ? `${list.next}.` : '•';
          list.next += 1;
          if (doc.y + BODY * 1.5 > target.bottom) doc.addPage();
          doc.font(fonts.sans).fontSize(BODY).fillColor(COLOURS.muted);
          // Right-aligned just before the text, so "10." lines up with "9.".
          doc.text(marker, target.left + indent - 5 - doc.widthOfString(marker), doc.y, { lineBreak: false });
        }
        paragraph(target, inlineRuns(inline.children), { indent, color: quote > 0 ? COLOURS.muted : COLOURS.text, gapAfter: lists.length > 0 ? 3 : BODY * 0.55 });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) doc.y += BODY * 0.4;
        break;
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote = Math.max(0, quote - 1);
        break;
      case 'fence':
      case 'code_block':
        paragraph(target, [{ text: token.content.replace(/\n$/, ''), role: 'mono' }], { indent: indent + 8, size: BODY - 1.5, color: COLOURS.muted });
        break;
      case 'hr':
        if (doc.y + 14 > target.bottom) doc.addPage();
        doc.save().moveTo(target.left, doc.y + 5).lineTo(target.left + target.width, doc.y + 5).lineWidth(0.5).strokeColor(COLOURS.border).stroke().restore();
        doc.y += 14;
        break;
      case 'table_open':
        tableRows = [];
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        tableRows?.push({ header: inHead, cells: [] });
        break;
      case 'inline':
        if (tableRows) {
          tableRows[tableRows.length - 1]?.cells.push(inlineRuns(token.children).map((run) => run.text).join(''));
        } else {
          paragraph(target, inlineRuns(token.children), { indent });
        }
        break;
      case 'table_close':
        if (tableRows && tableRows.length > 0) table(target, tableRows);
        tableRows = null;
        break;
      default:
        break;
    }
  }
}
