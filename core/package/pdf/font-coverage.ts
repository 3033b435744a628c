import fs from 'node:fs';

/**
 * Which Unicode code points a TrueType font can draw, read from its `cmap` table. The package builder
 * checks every character against the font that will draw it, so that a character the shipped fonts
 * lack is reported (and replaced by a visible marker) instead of coming out as an empty box or as
 * garbage. Reading the table ourselves keeps this independent of the PDF library's internals.
 */
export class FontCoverage {
  private constructor(private readonly bits: Uint8Array) {}

  has(codePoint: number): boolean {
    if (codePoint < 0 || codePoint > 0x10ffff) return false;
    return (this.bits[codePoint >> 3]! & (1 << (codePoint & 7))) !== 0;
  }

  static fromFile(filePath: string): FontCoverage {
    return FontCoverage.fromBuffer(fs.readFileSync(filePath));
  }

  static fromBuffer(font: Buffer): FontCoverage {
    const bits = new Uint8Array((0x110000 >> 3) + 1);
    const set = (codePoint: number) => {
      bits[codePoint >> 3]! |= 1 << (codePoint & 7);
    };
    const cmap = findTable(font, 'cmap');
    if (cmap === null) throw new Error('font has no cmap table');
    const subtable = pickSubtable(font, cmap);
    if (subtable === null) throw new Error('font has no Unicode cmap subtable');
    const format = font.readUInt16BE(subtable);
    if (format === 12) readFormat12(font, subtable, set);
    else if (format === 4) readFormat4(font, subtable, set);
    else throw new Error(`unsupported cmap subtable format ${format}`);
    return new FontCoverage(bits);
  }
}

function findTable(font: Buffer, tag: string): number | null {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8);
  }
  return null;
}

/** Prefers the full-Unicode subtable (3,10 / format 12), then the BMP one (3,1 or 0,x / format 4). */
function pickSubtable(font: Buffer, cmap: number): number | null {
  const count = font.readUInt16BE(cmap + 2);
  let bmp: number | null = null;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(offset);
    if (format === 12 && (platform === 3 || platform === 0)) return offset;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) bmp ??= offset;
  }
  return bmp;
}

function readFormat12(font: Buffer, table: number, set: (codePoint: number) => void): void {
  const groups = font.readUInt32BE(table + 12);
  for (let i = 0; i < groups; i++) {
    const group = table + 16 + i * 12;
    const start = font.readUInt32BE(group);
    const end = Math.min(font.readUInt32BE(group + 4), 0x10ffff);
    const firstGlyph = font.readUInt32BE(group + 8);
    for (let codePoint = start; codePoint <= end; codePoint++) if (firstGlyph + (codePoint - start) !== 0) set(codePoint);
  }
}

function readFormat4(font: Buffer, table: number, set: (codePoint: number) => void): void {
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (codePoint + delta) & 0xffff;
      } else {
        const address = rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2;
        glyph = address + 1 < font.length ? font.readUInt16BE(address) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) set(codePoint);
    }
  }
}
