import type { FontRole } from './fonts';

/** Measures a string at size 1 in a font; widths scale linearly with the font size. */
export type MeasureUnit = (text: string, role: FontRole) => number;

/**
 * Breaks text into lines that fit a width. Done here rather than by the PDF library so that tables
 * know each cell's exact lines before drawing: that is what lets a row split across pages cleanly.
 * Words that are wider than the column on their own (hashes, URLs, file names) are broken between
 * characters instead of overflowing into the next column.
 */
export class TextWrapper {
  private readonly widths = new Map<string, number>();

  constructor(private readonly measure: MeasureUnit) {}

  width(text: string, role: FontRole, size: number): number {
    return this.unitWidth(text, role) * size;
  }

  wrap(text: string, role: FontRole, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.unitWidth(' ', role) * size;
    for (const paragraph of text.split('\n')) {
      const words = paragraph.split(' ').filter((word, index, all) => word !== '' || (index === 0 && all.length === 1));
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        const wordWidth = this.unitWidth(word, role) * size;
        if (line === '' && wordWidth <= maxWidth) {
          line = word;
          lineWidth = wordWidth;
        } else if (line !== '' && lineWidth + space + wordWidth <= maxWidth) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
        } else if (wordWidth <= maxWidth) {
          lines.push(line);
          line = word;
          lineWidth = wordWidth;
        } else {
          // A word too long for any line: fill the current line's remaining room, then whole lines.
          const pieces = this.breakWord(word, role, size, maxWidth, line === '' ? maxWidth : maxWidth - lineWidth - space);
          if (line !== '' && pieces.first !== '') line += ` ${pieces.first}`;
          else if (line === '') line = pieces.first;
          if (pieces.rest.length > 0) {
            lines.push(line);
            for (const piece of pieces.rest.slice(0, -1)) lines.push(piece);
            line = pieces.rest[pieces.rest.length - 1]!;
          }
          lineWidth = this.unitWidth(line, role) * size;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /**
   * Breaks a word between characters. Character widths are summed rather than each prefix measured:
   * a 64-character hash would otherwise cost 64 layouts, and kerning never applies inside the
   * identifiers, hashes and paths that end up here.
   */
  private breakWord(word: string, role: FontRole, size: number, maxWidth: number, firstWidth: number): { first: string; rest: string[] } {
    const pieces: string[] = [];
    let current = '';
    let width = 0;
    let limit = firstWidth;
    for (const char of word) {
      const charWidth = this.unitWidth(char, role) * size;
      if (current !== '' && width + charWidth > limit) {
        // Prefer to break after a separator (file_name-with.parts/and/paths) when there is one.
        const cut = Math.max(current.lastIndexOf('_'), current.lastIndexOf('-'), current.lastIndexOf('/'), current.lastIndexOf('.')) + 1;
        const carried = cut > current.length / 3 ? current.slice(cut) : '';
        pieces.push(carried ? current.slice(0, cut) : current);
        current = carried;
        width = [...carried].reduce((sum, c) => sum + this.unitWidth(c, role) * size, 0);
        limit = maxWidth;
      } else if (current === '' && pieces.length === 0 && charWidth > limit) {
        // Not even one character fits in what is left of the line: start on a fresh line.
        pieces.push('');
        limit = maxWidth;
      }
      current += char;
      width += charWidth;
    }
    pieces.push(current);
    return { first: pieces[0]!, rest: pieces.slice(1) };
  }

  private unitWidth(text: string, role: FontRole): number {
    const key = `${role}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.measure(text, role);
      if (this.widths.size < 200_000) this.widths.set(key, width);
    }
    return width;
  }
}
