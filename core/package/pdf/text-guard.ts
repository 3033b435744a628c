import { fontCoverage, type FontRole } from './fonts';

/**
 * Stands in, in the PDF, for a character none of the shipped fonts can draw. U+FFFD is Unicode's own
 * "replacement character": every shipped font has it, it is visibly a placeholder (a diamond with a
 * question mark), and text extracted from the PDF shows it for what it is, unlike a plain "?".
 */
export const MISSING_GLYPH_MARKER = '\uFFFD';

/** One character that could not be printed, with how often and where it occurred. */
export interface UnsupportedCharacter {
  character: string;
  codePoint: string;
  occurrences: number;
  /** The package sections it appeared in (the first few). */
  where: string[];
}

/**
 * Right-to-left and shaping-dependent scripts. The shipped fonts have glyphs for some of them, but the
 * PDF library lays text out left to right without bidirectional reordering, so words in these scripts
 * would come out reversed: they are treated as unsupported rather than printed wrongly.
 */
const UNSHAPED_RANGES: readonly [number, number][] = [
  [0x0590, 0x08ff], // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms
  [0xfe70, 0xfeff], // Arabic presentation forms B
  [0x10800, 0x10fff], // historic right-to-left scripts
  [0x1e800, 0x1efff], // Mende Kikakui, Adlam, Arabic mathematical symbols
];

const MAX_WHERE = 5;

function isUnshaped(codePoint: number): boolean {
  return UNSHAPED_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Control characters never print; tabs and other spacing controls become a space. */
function controlReplacement(codePoint: number): string | null {
  if (codePoint === 0x0a) return '\n';
  if (codePoint === 0x09 || codePoint === 0x0b || codePoint === 0x0c || codePoint === 0x0d) return ' ';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return '';
  if (codePoint === 0x2028 || codePoint === 0x2029) return '\n';
  return null;
}

/**
 * Cleans every string on its way into the PDF: Unicode-normalised (NFC, so a letter typed as base +
 * accent uses the precomposed glyph), controls removed, and each character the target font cannot draw
 * replaced by the marker and recorded. The collected list is returned with the build result and shown
 * to the user, who can then fix the text or accept the marker.
 */
export class TextGuard {
  private readonly found = new Map<number, UnsupportedCharacter>();
  private readonly cache = new Map<string, string>();
  /** The section being written, recorded with each unsupported character. */
  section = '';

  clean(text: string, role: FontRole): string {
    const key = `${role}\u0000${text}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const coverage = fontCoverage(role);
    let out = '';
    let replaced = false;
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0)!;
      const control = controlReplacement(codePoint);
      if (control !== null) {
        out += control;
        continue;
      }
      // Variation selectors and zero-width joiners only modify the previous character; drop them.
      if ((codePoint >= 0xfe00 && codePoint <= 0xfe0f) || codePoint === 0x200d || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)) continue;
      if (coverage.has(codePoint) && !isUnshaped(codePoint)) {
        out += char;
      } else {
        out += MISSING_GLYPH_MARKER;
        replaced = true;
        this.record(char, codePoint);
      }
    }
    // Only clean strings are cached: a string with unsupported characters must be recorded each time.
    if (!replaced && this.cache.size < 50_000) this.cache.set(key, out);
    return out;
  }

  unsupported(): UnsupportedCharacter[] {
    return [...this.found.values()].sort((a, b) => a.codePoint.localeCompare(b.codePoint));
  }

  private record(character: string, codePoint: number): void {
    let entry = this.found.get(codePoint);
    if (!entry) {
      entry = { character, codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`, occurrences: 0, where: [] };
      this.found.set(codePoint, entry);
    }
    entry.occurrences += 1;
    if (this.section && !entry.where.includes(this.section) && entry.where.length < MAX_WHERE) entry.where.push(this.section);
  }
}
