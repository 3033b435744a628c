import type { FontRole } from './fonts';
import type { PackagePdf } from './package-pdf';
import { COLOURS, TYPE } from './theme';

export interface TableColumn {
  header: string;
  /** Relative width: columns share the text width in proportion to these weights. */
  weight: number;
  role?: FontRole;
  align?: 'left' | 'right';
  /** Optional colour per cell value (for status words). */
  color?: (value: string) => string | undefined;
  /** For monospaced columns: keep at least this many characters per line (32 keeps a SHA-256 on two lines). */
  minChars?: number;
}

export interface TableOptions {
  size?: number;
  /** Yields to the event loop every so many rows so that progress and cancel get through. */
  checkpoint?: () => Promise<void>;
  checkpointEvery?: number;
}

const PAD_X = 4;
const PAD_Y = 3;

/**
 * A table that wraps long text inside its cells and splits across pages, repeating the header row on
 * every page it continues on. A row taller than a whole page is itself split between pages, line by
 * line, so no content is ever clipped.
 */
export class PdfTable {
  private readonly size: number;
  private readonly leading: number;
  private widths: number[] = [];
  private headerLines: string[][] = [];
  private headerHeight = 0;
  private rowIndex = 0;

  constructor(
    private readonly pdf: PackagePdf,
    private readonly columns: TableColumn[],
    private readonly options: TableOptions = {},
  ) {
    this.size = options.size ?? TYPE.table;
    this.leading = this.size * 1.32;
  }

  async rows(rows: readonly (readonly string[])[]): Promise<void> {
    this.widths = this.fitWidths(rows);
    this.headerLines = this.columns.map((column, i) => this.linesFor(column.header, 'bold', i));
    this.headerHeight = Math.max(...this.headerLines.map((lines) => lines.length)) * this.leading + 2 * PAD_Y;
    const every = this.options.checkpointEvery ?? 150;
    // Start the table where the header and at least two lines of the first row fit.
    this.pdf.ensure(this.headerHeight + 2 * this.leading + 2 * PAD_Y);
    this.drawHeader();
    for (let i = 0; i < rows.length; i++) {
      this.row(rows[i]!);
      if (this.options.checkpoint && i > 0 && i % every === 0) await this.options.checkpoint();
    }
    this.pdf.space(8);
  }

  /**
   * Column widths from the weights, widened where needed so that the longest word of a column fits on
   * one line (a status such as "Implemented" must never break mid-word); monospaced columns hold
   * hashes, which break anywhere, so they take only their share.
   */
  private fitWidths(rows: readonly (readonly string[])[]): number[] {
    const total = this.pdf.width;
    const weightSum = this.columns.reduce((sum, column) => sum + column.weight, 0);
    const minimum = this.columns.map((column, i) => {
      if (column.role === 'mono') return column.minChars ? this.pdf.wrapper.width('0'.repeat(column.minChars), 'mono', this.size) + 2 * PAD_X + 0.5 : 0;
      let longest = 0;
      const measure = (text: string, role: FontRole) => {
        for (const word of this.pdf.clean(text, role).split(/[ \n]+/)) if (word) longest = Math.max(longest, this.pdf.wrapper.width(word, role, this.size));
      };
      measure(column.header, 'bold');
      for (const row of rows) measure(row[i] ?? '', column.role ?? 'sans');
      return Math.min(longest + 2 * PAD_X + 0.5, total * 0.35);
    });
    // When not every column's longest word can fit, the column with the widest one (a long file name,
    // say) gives way and breaks between characters, so the short words elsewhere (IDs, dates) still fit.
    while (minimum.reduce((a, b) => a + b, 0) > total) {
      const widest = minimum.indexOf(Math.max(...minimum));
      if (minimum[widest] === 0) return this.columns.map((column) => (total * column.weight) / weightSum);
      minimum[widest] = 0;
    }
    const fixed = new Set<number>();
    for (;;) {
      const freeWeight = this.columns.reduce((sum, column, i) => (fixed.has(i) ? sum : sum + column.weight), 0);
      const freeWidth = total - [...fixed].reduce((sum, i) => sum + minimum[i]!, 0);
      const widths = this.columns.map((column, i) => (fixed.has(i) ? minimum[i]! : (freeWidth * column.weight) / freeWeight));
      const short = widths.findIndex((width, i) => !fixed.has(i) && width < minimum[i]!);
      if (short === -1) return widths;
      fixed.add(short);
    }
  }

  private linesFor(value: string, role: FontRole, column: number): string[] {
    return this.pdf.wrapper.wrap(this.pdf.clean(value, role), role, this.size, this.widths[column]! - 2 * PAD_X);
  }

  private row(values: readonly string[]): void {
    let cells = this.columns.map((column, i) => ({ lines: this.linesFor(values[i] ?? '', column.role ?? 'sans', i), value: values[i] ?? '' }));
    const zebra = this.rowIndex % 2 === 1;
    this.rowIndex += 1;
    for (;;) {
      const needed = Math.max(...cells.map((cell) => cell.lines.length)) * this.leading + 2 * PAD_Y;
      const room = this.pdf.bottom - this.pdf.y;
      if (needed <= room) {
        this.drawRow(cells.map((cell) => cell.lines), cells.map((cell) => cell.value), needed, zebra);
        return;
      }
      const pageRoom = this.pdf.bottom - this.pdf.top - this.headerHeight;
      const fitLines = Math.floor((room - 2 * PAD_Y) / this.leading);
      if (needed <= pageRoom || fitLines < 3) {
        // The row fits on a fresh page (or too little of it fits here): move it whole.
        this.newPage();
        if (needed <= pageRoom) continue;
      }
      // Taller than a page: draw what fits and carry the remaining lines of every cell over.
      const take = Math.max(1, Math.floor((this.pdf.bottom - this.pdf.y - 2 * PAD_Y) / this.leading));
      this.drawRow(cells.map((cell) => cell.lines.slice(0, take)), cells.map((cell) => cell.value), take * this.leading + 2 * PAD_Y, zebra);
      cells = cells.map((cell) => ({ lines: cell.lines.slice(take), value: cell.value }));
      this.newPage();
    }
  }

  private newPage(): void {
    this.pdf.addPage();
    this.drawHeader();
  }

  private drawHeader(): void {
    const top = this.pdf.y;
    this.pdf.fillRect(this.pdf.left, top, this.pdf.width, this.headerHeight, COLOURS.surfaceMuted);
    let x = this.pdf.left;
    this.headerLines.forEach((lines, i) => {
      lines.forEach((line, l) => this.place(line, i, x, top + PAD_Y + l * this.leading, 'bold', COLOURS.text));
      x += this.widths[i]!;
    });
    this.pdf.line(this.pdf.left, top + this.headerHeight, this.pdf.left + this.pdf.width, top + this.headerHeight, COLOURS.muted, 0.8);
    this.pdf.y = top + this.headerHeight;
  }

  private drawRow(lines: string[][], values: string[], height: number, zebra: boolean): void {
    const top = this.pdf.y;
    if (zebra) this.pdf.fillRect(this.pdf.left, top, this.pdf.width, height, COLOURS.zebra);
    let x = this.pdf.left;
    this.columns.forEach((column, i) => {
      const color = column.color?.(values[i] ?? '') ?? COLOURS.text;
      lines[i]!.forEach((line, l) => this.place(line, i, x, top + PAD_Y + l * this.leading, column.role ?? 'sans', color));
      x += this.widths[i]!;
    });
    this.pdf.line(this.pdf.left, top + height, this.pdf.left + this.pdf.width, top + height, COLOURS.border, 0.4);
    this.pdf.y = top + height;
  }

  private place(line: string, column: number, x: number, y: number, role: FontRole, color: string): void {
    if (line === '') return;
    const align = this.columns[column]!.align ?? 'left';
    const offset = align === 'right' ? this.widths[column]! - PAD_X - this.pdf.wrapper.width(line, role, this.size) : PAD_X;
    this.pdf.put(line, x + offset, y, role, this.size, color);
  }
}
