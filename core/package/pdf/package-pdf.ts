import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../db/queries/seals';
import { fontPath, FONT_ROLES, type FontRole } from './fonts';
import type { TextGuard } from './text-guard';
import { COLOURS, MARGINS, PAPER, TYPE } from './theme';
import { TextWrapper } from './wrap-text';

export interface PackagePdfOptions {
  paper: PaperSize;
  /**
   * "measure" lays the document out without drawing anything (pass 1: it finds where every section
   * starts and how many pages there are); "draw" writes it (pass 2), with the contents and the
   * "page X of Y" footers known from pass 1, each page streamed out as soon as it is complete.
   * "buffered" (the default) does it in one pass, keeping every page in memory until `finish` writes
   * the contents and footers: simpler for short documents such as a verification report.
   */
  mode?: 'measure' | 'draw' | 'buffered';
  /** Shared by both passes, so both break lines identically (made from the document when absent). */
  wrapper?: TextWrapper;
  /** Fixed so that the same input gives the same bytes (creation date, document ID). */
  date: Date;
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** Running header: left the organisation and system, right the preparing firm. */
  headerLeft: string;
  headerRight: string;
  /** Printed in every footer, after its label. */
  fingerprint: string;
  fingerprintLabel?: string;
  versionLabel: string;
  guard: TextGuard;
  /** Draw pass only: what the measuring pass found. */
  layout?: { toc: readonly TocEntry[]; pages: number };
}

/** A run of text in one font, for paragraphs that mix regular and bold. */
export interface TextRun {
  text: string;
  role?: FontRole;
  color?: string;
}

export interface TextStyle {
  size?: number;
  role?: FontRole;
  color?: string;
  indent?: number;
  gapAfter?: number;
  /** Line height as a multiple of the font size. */
  leading?: number;
  width?: number;
}

export interface TocEntry {
  title: string;
  level: 1 | 2;
  page: number;
  destination: string;
}

interface OutlineNode {
  addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): OutlineNode;
}

interface PlacedSegment {
  text: string;
  role: FontRole;
  color: string;
  x: number;
}

const TOC_ENTRY_HEIGHT = 17;

/**
 * The package's PDF document: page geometry, running header and footer, headings that feed the
 * bookmarks and the table of contents, wrapped text that breaks across pages, shapes and callouts.
 *
 * Layout is done twice. The first pass only measures (nothing is drawn) and records the page of every
 * contents entry and the page count; the second draws, writing the contents pages and each page's
 * "page X of Y" footer as it goes. So no page has to be kept in memory for a later fix-up: each is
 * written out as soon as the next one starts, and memory stays flat however long the package is.
 */
export class PackagePdf {
  private readonly pdfDoc: PDFKit.PDFDocument | null;
  private readonly mode: 'measure' | 'draw' | 'buffered';
  private readonly tocPages: number[] = [];
  readonly wrapper: TextWrapper;
  readonly guard: TextGuard;
  readonly pageWidth: number;
  readonly pageHeight: number;
  private readonly toc: TocEntry[] = [];
  private currentOutline: OutlineNode | null = null;
  private destinations = 0;
  private pages = 0;
  private cursor: number = MARGINS.top;

  constructor(private readonly options: PackagePdfOptions) {
    const paper = PAPER[options.paper];
    this.pageWidth = paper.width;
    this.pageHeight = paper.height;
    this.guard = options.guard;
    this.mode = options.mode ?? 'buffered';
    if (this.mode === 'measure') {
      if (!options.wrapper) throw new Error('a measuring pass needs the shared text wrapper');
      this.pdfDoc = null;
      this.wrapper = options.wrapper;
      return;
    }
    const doc = new PDFDocument({
      size: [paper.width, paper.height],
      margins: { ...MARGINS },
      bufferPages: this.mode === 'buffered',
      autoFirstPage: false,
      pdfVersion: '1.7',
      lang: 'en',
      displayTitle: true,
      info: {
        Title: options.guard.clean(options.title, 'sans'),
        Author: options.guard.clean(options.author, 'sans'),
        Subject: options.subject,
        Keywords: options.keywords,
        Creator: options.creator,
        CreationDate: options.date,
        ModDate: options.date,
      },
    });
    for (const role of FONT_ROLES) doc.registerFont(role, fontPath(role));
    doc.font('sans').fontSize(TYPE.body);
    this.pdfDoc = doc;
    this.wrapper = options.wrapper ?? new TextWrapper((text, role) => doc.font(role).fontSize(1).widthOfString(text));
  }

  /** The underlying PDF document, for drawing not covered here. Absent in a measuring pass. */
  get doc(): PDFKit.PDFDocument {
    if (!this.pdfDoc) throw new Error('a measuring pass draws nothing');
    return this.pdfDoc;
  }

  // ----- geometry -------------------------------------------------------------------------------

  get left(): number {
    return MARGINS.left;
  }

  get width(): number {
    return this.pageWidth - MARGINS.left - MARGINS.right;
  }

  get top(): number {
    return MARGINS.top;
  }

  get bottom(): number {
    return this.pageHeight - MARGINS.bottom;
  }

  get y(): number {
    return this.cursor;
  }

  set y(value: number) {
    this.cursor = value;
  }

  /** 1-based number of the page being written. */
  get pageNumber(): number {
    return this.pages;
  }

  addPage(): void {
    this.pages += 1;
    this.cursor = this.top;
    if (!this.pdfDoc) return;
    this.pdfDoc.addPage();
    if (this.mode === 'draw') this.writeRunningText(this.options.layout?.pages ?? 0);
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.cursor + height > this.bottom) this.addPage();
  }

  space(points: number): void {
    this.cursor = Math.min(this.cursor + points, this.bottom);
  }

  // ----- drawing primitives (no-ops while measuring) --------------------------------------------

  clean(text: string, role: FontRole): string {
    return this.guard.clean(text, role);
  }

  /** Writes one string at a position without wrapping (labels, cells, footers). */
  put(text: string, x: number, y: number, role: FontRole, size: number, color: string = COLOURS.text): void {
    this.pdfDoc?.font(role).fontSize(size).fillColor(color).text(text, x, y, { lineBreak: false });
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.pdfDoc?.save().rect(x, y, width, height).fill(color).restore();
  }

  strokeRect(x: number, y: number, width: number, height: number, color: string, lineWidth: number, dash?: number): void {
    const doc = this.pdfDoc;
    if (!doc) return;
    doc.save().rect(x, y, width, height).lineWidth(lineWidth);
    if (dash) doc.dash(dash, { space: dash });
    doc.strokeColor(color).stroke().undash().restore();
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, lineWidth: number, dash?: { length: number; space: number }): void {
    const doc = this.pdfDoc;
    if (!doc) return;
    doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(lineWidth);
    if (dash) doc.dash(dash.length, { space: dash.space });
    doc.strokeColor(color).stroke().undash().restore();
  }

  /** A horizontal rule across the text width at the current position. */
  rule(color: string = COLOURS.border, lineWidth = 0.5): void {
    this.line(this.left, this.cursor, this.left + this.width, this.cursor, color, lineWidth);
  }

  // ----- text -----------------------------------------------------------------------------------

  /** Wrapped text that continues on the next page when it reaches the bottom margin. */
  text(content: string | TextRun[], style: TextStyle = {}): void {
    const size = style.size ?? TYPE.body;
    const leading = (style.leading ?? 1.4) * size;
    const indent = style.indent ?? 0;
    const width = (style.width ?? this.width) - indent;
    const runs = typeof content === 'string' ? [{ text: content }] : content;
    const lines = this.layoutRuns(runs, style.role ?? 'sans', style.color ?? COLOURS.text, size, width);
    for (const line of lines) {
      this.ensure(leading);
      const y = this.cursor;
      for (const segment of line) this.put(segment.text, this.left + indent + segment.x, y, segment.role, size, segment.color);
      this.cursor = y + leading;
    }
    this.space(style.gapAfter ?? size * 0.6);
  }

  /** Lines of positioned segments; each run keeps its font, and words never split between runs. */
  layoutRuns(runs: TextRun[], defaultRole: FontRole, defaultColor: string, size: number, width: number): PlacedSegment[][] {
    interface Word {
      text: string;
      role: FontRole;
      color: string;
      spaceBefore: boolean;
    }
    const paragraphs: Word[][] = [[]];
    let pendingSpace = false;
    for (const run of runs) {
      const role = run.role ?? defaultRole;
      const color = run.color ?? defaultColor;
      const cleaned = this.guard.clean(run.text, role);
      for (const token of cleaned.split(/(\n| +)/)) {
        if (token === '') continue;
        if (token === '\n') {
          paragraphs.push([]);
          pendingSpace = false;
        } else if (token.trim() === '') {
          pendingSpace = true;
        } else {
          const current = paragraphs[paragraphs.length - 1]!;
          current.push({ text: token, role, color, spaceBefore: pendingSpace && current.length > 0 });
          pendingSpace = false;
        }
      }
    }
    const lines: PlacedSegment[][] = [];
    for (const words of paragraphs) {
      let line: PlacedSegment[] = [];
      let x = 0;
      const flush = () => {
        lines.push(line);
        line = [];
        x = 0;
      };
      for (const word of words) {
        const space = word.spaceBefore && line.length > 0 ? this.wrapper.width(' ', word.role, size) : 0;
        const wordWidth = this.wrapper.width(word.text, word.role, size);
        if (line.length > 0 && x + space + wordWidth > width) flush();
        if (wordWidth > width) {
          // Only a word wider than the whole line is broken between characters.
          const pieces = this.wrapper.wrap(word.text, word.role, size, width);
          for (const piece of pieces.slice(0, -1)) {
            line.push({ text: piece, role: word.role, color: word.color, x: 0 });
            flush();
          }
          const last = pieces[pieces.length - 1]!;
          line.push({ text: last, role: word.role, color: word.color, x: 0 });
          x = this.wrapper.width(last, word.role, size);
          continue;
        }
        const gap = line.length > 0 ? space : 0;
        const previous = line[line.length - 1];
        if (previous && previous.role === word.role && previous.color === word.color) {
          previous.text += (gap > 0 ? ' ' : '') + word.text;
        } else {
          line.push({ text: (gap > 0 ? ' ' : '') + word.text, role: word.role, color: word.color, x });
        }
        x += gap + wordWidth;
      }
      flush();
    }
    return lines;
  }

  bullets(items: (string | TextRun[])[], style: TextStyle & { numbered?: boolean } = {}): void {
    const size = style.size ?? TYPE.body;
    const indent = (style.indent ?? 0) + 14;
    items.forEach((item, index) => {
      this.ensure(size * 1.4);
      const marker = style.numbered ? `${index + 1}.` : '•';
      this.put(marker, this.left + indent - 12, this.cursor, 'sans', size, COLOURS.muted);
      this.text(item, { ...style, indent, gapAfter: size * 0.35 });
    });
    this.space(size * 0.4);
  }

  /** Label/value pairs in two aligned columns. */
  keyValues(rows: [string, string][], options: { labelWidth?: number; size?: number; valueRole?: FontRole } = {}): void {
    const size = options.size ?? TYPE.body;
    const labelWidth = options.labelWidth ?? 150;
    const leading = size * 1.45;
    const valueRole = options.valueRole ?? 'sans';
    for (const [label, value] of rows) {
      const labelLines = this.wrapper.wrap(this.clean(label, 'bold'), 'bold', size, labelWidth - 8);
      let valueLines = this.wrapper.wrap(this.clean(value, valueRole), valueRole, size, this.width - labelWidth);
      this.ensure(Math.min(Math.max(labelLines.length, valueLines.length) * leading, this.bottom - this.top));
      let first = true;
      // A value longer than the page continues on the next one, under its label repeated.
      while (first || valueLines.length > 0) {
        const fit = Math.max(1, Math.floor((this.bottom - this.cursor) / leading));
        const shown = valueLines.slice(0, fit);
        const y = this.cursor;
        labelLines.forEach((line, i) => this.put(line, this.left, y + i * leading, 'bold', size, COLOURS.muted));
        shown.forEach((line, i) => this.put(line, this.left + labelWidth, y + i * leading, valueRole, size));
        this.cursor = y + Math.max(first ? labelLines.length : 1, shown.length) * leading + 2;
        valueLines = valueLines.slice(fit);
        first = false;
        if (valueLines.length > 0) this.addPage();
      }
    }
    this.space(size * 0.6);
  }

  /** A shaded box: "nothing recorded yet" states, notes and warnings. */
  callout(kind: 'empty' | 'note' | 'warn' | 'ok', title: string, body: string): void {
    const fill = { empty: COLOURS.surfaceMuted, note: COLOURS.accentSoft, warn: COLOURS.warnSoft, ok: COLOURS.okSoft }[kind];
    const edge = { empty: COLOURS.muted, note: COLOURS.accent, warn: COLOURS.warn, ok: COLOURS.ok }[kind];
    const pad = 9;
    const size = TYPE.body;
    const leading = size * 1.4;
    const innerWidth = this.width - 2 * pad - 4;
    const titleLines = this.wrapper.wrap(this.clean(title, 'bold'), 'bold', size, innerWidth);
    const bodyLines = body ? this.wrapper.wrap(this.clean(body, 'sans'), 'sans', size, innerWidth) : [];
    const height = (titleLines.length + bodyLines.length) * leading + 2 * pad - (leading - size);
    this.ensure(Math.min(height + 6, this.bottom - this.top));
    const top = this.cursor;
    this.fillRect(this.left, top, this.width, height, fill);
    this.fillRect(this.left, top, 3, height, edge);
    let y = top + pad;
    for (const line of titleLines) {
      this.put(line, this.left + pad + 4, y, 'bold', size);
      y += leading;
    }
    for (const line of bodyLines) {
      this.put(line, this.left + pad + 4, y, 'sans', size, COLOURS.muted);
      y += leading;
    }
    this.cursor = top + height + 10;
  }

  // ----- structure: sections, bookmarks, contents ------------------------------------------------

  /** A top-level section: a new page, a heading, a bookmark and a contents entry. */
  section(title: string, number: string | null): void {
    this.addPage();
    this.guard.section = title;
    const label = number ? `${number}. ${title}` : title;
    const destination = this.destination();
    this.toc.push({ title: label, level: 1, page: this.pageNumber, destination });
    this.currentOutline = this.pdfDoc ? (this.pdfDoc.outline as unknown as OutlineNode).addItem(this.clean(label, 'bold'), { expanded: false, top: this.top - 8, left: this.pageWidth }) : null;
    this.put(label, this.left, this.cursor, 'bold', TYPE.h1, COLOURS.text);
    this.cursor += TYPE.h1 * 1.5;
    this.rule(COLOURS.accent, 1.2);
    this.cursor += 12;
  }

  /** A second-level heading inside the current section, bookmarked (and listed in the contents when asked). */
  subsection(title: string, options: { toc?: boolean } = {}): void {
    this.ensure(TYPE.h2 * 1.6 + 40);
    if (this.cursor > this.top + 1) this.space(6);
    const destination = this.destination();
    if (options.toc) this.toc.push({ title, level: 2, page: this.pageNumber, destination });
    this.currentOutline?.addItem(this.clean(title, 'bold'), { top: this.cursor - 4, left: this.pageWidth });
    this.text([{ text: title, role: 'bold' }], { size: TYPE.h2, gapAfter: 4, leading: 1.3 });
  }

  /** A third-level heading: not bookmarked, kept with what follows it. */
  heading(title: string): void {
    this.ensure(TYPE.h3 * 1.5 + 30);
    this.text([{ text: title, role: 'bold' }], { size: TYPE.h3, gapAfter: 3, leading: 1.3 });
  }

  /** Named destinations are numbered in layout order, so both passes give each heading the same name. */
  private destination(): string {
    this.destinations += 1;
    const name = `d${this.destinations}`;
    this.pdfDoc?.addNamedDestination(name, 'XYZ', 0, this.cursor - 8, 0);
    return name;
  }

  /** How many contents pages `entries` entries need on this paper. */
  tocPagesFor(entries: number): number {
    const firstPage = Math.floor((this.bottom - this.top - 50) / TOC_ENTRY_HEIGHT);
    const perPage = Math.floor((this.bottom - this.top) / TOC_ENTRY_HEIGHT);
    return entries <= firstPage ? 1 : 1 + Math.ceil((entries - firstPage) / perPage);
  }

  /** The contents pages, after the cover. While drawing they are written at once, from the measuring pass. */
  reserveToc(pages: number): void {
    for (let i = 0; i < pages; i++) {
      this.addPage();
      this.tocPages.push(this.pageNumber);
      if (this.mode === 'draw' && this.options.layout) this.writeTocPage(i, this.options.layout.toc);
    }
  }

  get tocEntries(): readonly TocEntry[] {
    return this.toc;
  }

  /** Writes the part of the contents that falls on the index-th contents page, each entry a link to its heading. */
  private writeTocPage(index: number, entries: readonly TocEntry[]): void {
    this.guard.section = 'Contents';
    if (index === 0) {
      this.put('Contents', this.left, this.top, 'bold', TYPE.h1);
      this.line(this.left, this.top + TYPE.h1 * 1.5, this.left + this.width, this.top + TYPE.h1 * 1.5, COLOURS.accent, 1.2);
    }
    // Every entry is walked with the same pagination rule; only those falling on this page are drawn.
    let page = 0;
    let y = this.top + TYPE.h1 * 1.5 + 16;
    for (const entry of entries) {
      if (y + TOC_ENTRY_HEIGHT > this.bottom) {
        page += 1;
        y = this.top;
      }
      if (page === index) this.tocEntry(entry, y);
      y += TOC_ENTRY_HEIGHT;
    }
  }

  private tocEntry(entry: TocEntry, y: number): void {
    const indent = entry.level === 1 ? 0 : 16;
    const role: FontRole = entry.level === 1 ? 'bold' : 'sans';
    const size = entry.level === 1 ? TYPE.body + 0.5 : TYPE.body;
    const pageText = String(entry.page);
    const pageWidth = this.wrapper.width(pageText, 'sans', size);
    const titleLines = this.wrapper.wrap(this.clean(entry.title, role), role, size, this.width - indent - 40);
    const title = titleLines.length > 1 ? `${titleLines[0]!.replace(/\s+\S*$/, '')} …` : titleLines[0]!;
    const titleWidth = this.wrapper.width(title, role, size);
    this.put(title, this.left + indent, y, role, size);
    // Dotted leader between the title and its page number.
    const leaderStart = this.left + indent + titleWidth + 6;
    const leaderEnd = this.left + this.width - pageWidth - 6;
    if (leaderEnd > leaderStart) this.line(leaderStart, y + size * 0.85, leaderEnd, y + size * 0.85, COLOURS.muted, 0.6, { length: 0.6, space: 2.4 });
    this.put(pageText, this.left + this.width - pageWidth, y, 'sans', size);
    this.doc.goTo(this.left + indent, y - 2, this.width - indent, TOC_ENTRY_HEIGHT - 2, entry.destination);
  }

  /** Running header (not on the cover) and footer of the page just started. */
  private writeRunningText(total: number, pageNumber = this.pages): void {
    const doc = this.doc;
    const page = doc.page;
    const savedBottom = page.margins.bottom;
    // The header and footer sit in the margins; lift the bottom margin so writing there never starts a page.
    page.margins.bottom = 0;
    const footerY = this.pageHeight - 36;
    if (pageNumber > 1) {
      const headerY = 30;
      const right = this.clean(this.options.headerRight, 'sans');
      const rightWidth = this.wrapper.width(right, 'sans', TYPE.small);
      const leftLines = this.wrapper.wrap(this.clean(this.options.headerLeft, 'sans'), 'sans', TYPE.small, this.width - rightWidth - 24);
      this.put(leftLines.length > 1 ? `${leftLines[0]} …` : leftLines[0]!, this.left, headerY, 'sans', TYPE.small, COLOURS.muted);
      this.put(right, this.left + this.width - rightWidth, headerY, 'sans', TYPE.small, COLOURS.muted);
      this.line(this.left, headerY + 13, this.left + this.width, headerY + 13, COLOURS.border, 0.5);
    }
    this.line(this.left, footerY - 6, this.left + this.width, footerY - 6, COLOURS.border, 0.5);
    this.put(`${this.options.fingerprintLabel ?? 'Package fingerprint (SHA-256 of manifest.json)'}: ${this.options.fingerprint}`, this.left, footerY, 'mono', TYPE.footer, COLOURS.muted);
    const pageLabel = `${this.options.versionLabel} · Page ${pageNumber} of ${total}`;
    const labelWidth = this.wrapper.width(pageLabel, 'sans', TYPE.small);
    this.put(pageLabel, this.left + this.width - labelWidth, footerY + 10, 'sans', TYPE.small, COLOURS.muted);
    page.margins.bottom = savedBottom;
    doc.x = this.left;
    doc.y = this.top;
  }

  /** Finishes the document and streams it to `output`; resolves with the page count once fully written. */
  finish(output: NodeJS.WritableStream): Promise<number> {
    const doc = this.pdfDoc;
    if (!doc) return Promise.resolve(this.pages);
    const pages = this.pages;
    if (this.mode === 'draw' && this.options.layout && this.options.layout.pages !== pages) {
      return Promise.reject(new Error(`the two layout passes disagree (${this.options.layout.pages} and ${pages} pages)`));
    }
    if (this.mode === 'buffered') {
      // One pass: now that everything is laid out, fill in the contents and every page's header and footer.
      this.tocPages.forEach((page, index) => {
        doc.switchToPage(page - 1);
        this.writeTocPage(index, this.toc);
      });
      for (let page = 1; page <= pages; page++) {
        doc.switchToPage(page - 1);
        this.writeRunningText(pages, page);
      }
      doc.pipe(output);
    }
    return new Promise((resolve, reject) => {
      output.on('finish', () => resolve(pages));
      output.on('error', reject);
      doc.on('error', reject);
      doc.end();
    });
  }

  /** Draw pass: the output must be connected before the first page, as pages stream out as they finish. */
  pipe(output: NodeJS.WritableStream): void {
    this.pdfDoc?.pipe(output);
  }
}
