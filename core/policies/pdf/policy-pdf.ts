import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { FontRole } from '../../package/pdf/fonts';
import { COLOURS, PAPER } from '../../package/pdf/theme';
import { registerPolicyFonts, type PolicyFonts } from './pdf-fonts';
import { renderPolicyMarkdown, type MarkdownTarget } from './pdf-policy-markdown';

/** One policy as printed: the version in force, or the newest draft (marked as such on every page). */
export interface PolicyPdfItem {
  ref: string;
  title: string;
  version: number;
  approved: boolean;
  stateText: string;
  owner: string;
  approver: string | null;
  approvedOn: string | null;
  nextReview: string | null;
  sha256: string;
  markdown: string;
}

export interface PolicyPdfOptions {
  organisation: string;
  system: string;
  /** Fixed creation date, so the same policies give the same bytes. */
  date: Date;
  paper: 'a4' | 'letter';
  /** Called between policies; throws to cancel. */
  checkpoint?: () => Promise<void>;
}

export interface PolicyPdfResult {
  pages: number;
  bytes: number;
  unsupported: string[];
}

const MARGIN = { top: 60, bottom: 64, left: 60, right: 60 };

class PolicyDocument implements MarkdownTarget {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: PolicyFonts;
  readonly clean: (text: string, role: FontRole) => string;
  readonly unsupported: () => string[];
  /** First page (0-based) of each policy, for the running footer. */
  readonly starts: { page: number; label: string }[] = [];

  constructor(title: string, author: string, options: PolicyPdfOptions) {
    const paper = PAPER[options.paper];
    this.doc = new PDFDocument({
      size: [paper.width, paper.height],
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      pdfVersion: '1.7',
      lang: 'en',
      displayTitle: true,
      info: { Title: title, Author: author, Subject: `Policies of ${author}`, Creator: 'SOC 2 Workbench', CreationDate: options.date, ModDate: options.date },
    });
    const registered = registerPolicyFonts(this.doc);
    this.fonts = registered.fonts;
    this.clean = registered.clean;
    this.unsupported = registered.unsupported;
  }

  get left(): number {
    return MARGIN.left;
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  write(text: string, role: FontRole, size: number, color: string = COLOURS.text, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.font(this.fonts[role]).fontSize(size).fillColor(color).text(this.clean(text, role), this.left, this.doc.y, { width: this.width, ...options });
  }

  /** Label/value lines in two columns. */
  details(rows: [string, string, FontRole?][]): void {
    const labelWidth = 130;
    for (const [label, value, role] of rows) {
      const y = this.doc.y;
      this.doc.font(this.fonts.bold).fontSize(8.5).fillColor(COLOURS.muted).text(this.clean(label, 'bold'), this.left, y, { width: labelWidth - 8 });
      const labelBottom = this.doc.y;
      this.doc.font(this.fonts[role ?? 'sans']).fontSize(8.5).fillColor(COLOURS.text).text(this.clean(value, role ?? 'sans'), this.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(labelBottom, this.doc.y) + 2;
    }
  }

  /** The register page of a set: every policy with its version, approval and fingerprint. */
  register(items: readonly PolicyPdfItem[], organisation: string, system: string, generated: string): void {
    this.doc.addPage();
    this.starts.push({ page: 0, label: 'Policy register' });
    this.write('Policies', 'bold', 22);
    this.doc.moveDown(0.2);
    this.write(`${organisation}${system ? ` — ${system}` : ''}`, 'sans', 12, COLOURS.muted);
    this.doc.moveDown(0.3);
    this.write(`${items.length} ${items.length === 1 ? 'policy' : 'policies'}, generated ${generated}. Each policy starts on a new page; the SHA-256 identifies the exact text of the version printed.`, 'sans', 9, COLOURS.muted);
    this.doc.moveDown(1);
    for (const item of items) {
      if (this.doc.y + 52 > this.bottom) this.doc.addPage();
      this.write(`${item.ref}  ${item.title}`, 'bold', 10);
      this.write(`Version ${item.version} · ${item.stateText}${item.approvedOn ? ` · approved ${item.approvedOn} by ${item.approver ?? ''}` : ''}${item.nextReview ? ` · next review ${item.nextReview}` : ''}`, 'sans', 8.5, COLOURS.muted);
      this.write(item.sha256, 'mono', 7, COLOURS.muted);
      this.doc.moveDown(0.9);
    }
  }

  policy(item: PolicyPdfItem, organisation: string, system: string): void {
    this.doc.addPage();
    this.starts.push({ page: this.doc.bufferedPageRange().count - 1, label: `${item.ref} ${item.title}, version ${item.version}${item.approved ? '' : ' (DRAFT)'}` });
    (this.doc.outline as unknown as { addItem(title: string): void }).addItem(this.clean(`${item.ref} ${item.title}`, 'bold'));
    this.write(item.title, 'bold', 20);
    this.write(`${item.ref} · version ${item.version} · ${item.stateText}`, 'sans', 10, COLOURS.muted);
    this.doc.moveDown(0.8);
    if (!item.approved) {
      const top = this.doc.y;
      this.doc.save().rect(this.left, top, this.width, 34).fill(COLOURS.warnSoft).restore();
      this.doc.save().rect(this.left, top, 3, 34).fill(COLOURS.warn).restore();
      this.doc.font(this.fonts.bold).fontSize(9.5).fillColor(COLOURS.text).text('DRAFT — not approved', this.left + 12, top + 6, { width: this.width - 20 });
      this.doc.font(this.fonts.sans).fontSize(8.5).fillColor(COLOURS.muted).text('Management has not approved this version yet; it is not in force.', this.left + 12, this.doc.y, { width: this.width - 20 });
      this.doc.y = top + 44;
    }
    this.details([
      ['Organisation', organisation],
      ['System', system || '—'],
      ['Policy owner', item.owner || '—'],
      ['Approved', item.approvedOn ? `${item.approvedOn} by ${item.approver ?? ''}` : 'not yet'],
      ['Next review', item.nextReview ?? '—'],
      ['SHA-256 of this text', item.sha256, 'mono'],
    ]);
    this.doc.save().moveTo(this.left, this.doc.y + 6).lineTo(this.left + this.width, this.doc.y + 6).lineWidth(1).strokeColor(COLOURS.accent).stroke().restore();
    this.doc.y += 16;
    renderPolicyMarkdown(this, item.markdown, { skipFirstHeading: true });
  }

  /** Organisation and current policy on the left, "Page x of y" on the right, on every page. */
  footers(organisation: string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = 0; index < range.count; index++) {
      this.doc.switchToPage(range.start + index);
      const label = [...this.starts].reverse().find((start) => start.page <= index)?.label ?? '';
      const page = this.doc.page;
      const saved = page.margins.bottom;
      page.margins.bottom = 0;
      const y = page.height - 40;
      this.doc.save().moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.5).strokeColor(COLOURS.border).stroke().restore();
      const right = `Page ${index + 1} of ${range.count}`;
      this.doc.font(this.fonts.sans).fontSize(7.5).fillColor(COLOURS.muted);
      const rightWidth = this.doc.widthOfString(right);
      this.doc.text(this.clean(`${organisation} — ${label}`, 'sans'), this.left, y, { width: this.width - rightWidth - 16, lineBreak: false, ellipsis: true, height: 10 });
      this.doc.text(right, this.left + this.width - rightWidth, y, { lineBreak: false });
      page.margins.bottom = saved;
    }
  }
}

/**
 * Writes one policy, or a set with a register page first, to `filePath`: embedded fonts, one bookmark
 * per policy, each policy's approval details and SHA-256 above its text, and a footer naming the
 * policy and page on every page. A failure or cancellation leaves no partial file behind.
 */
export async function writePolicyPdf(filePath: string, items: readonly PolicyPdfItem[], options: PolicyPdfOptions): Promise<PolicyPdfResult> {
  const set = items.length > 1;
  const title = set ? `${options.organisation} — Policies` : `${options.organisation} — ${items[0]?.title ?? 'Policy'}`;
  const pdf = new PolicyDocument(title, options.organisation, options);
  const generated = options.date.toISOString().slice(0, 10);
  if (set) pdf.register(items, options.organisation, options.system, generated);
  for (const item of items) {
    await options.checkpoint?.();
    pdf.policy(item, options.organisation, options.system);
  }
  pdf.footers(options.organisation);
  const pages = pdf.doc.bufferedPageRange().count;
  const output = fs.createWriteStream(filePath);
  try {
    await new Promise<void>((resolve, reject) => {
      output.on('finish', resolve);
      output.on('error', reject);
      pdf.doc.on('error', reject);
      pdf.doc.pipe(output);
      pdf.doc.end();
    });
  } catch (error) {
    output.destroy();
    fs.rmSync(filePath, { force: true });
    throw error;
  }
  return { pages, bytes: fs.statSync(filePath).size, unsupported: pdf.unsupported() };
}
