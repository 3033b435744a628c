import { isUtf8 } from 'node:buffer';
import type { PopulationEncoding } from '../../../db/queries/populations';

/**
 * Encodings a population file may arrive in, and how each is recognised: exports from modern tools
 * are UTF-8 (often with a byte-order mark when written by Excel's "CSV UTF-8"); Excel's plain "CSV"
 * on Windows writes Windows-1252; its "Unicode text" writes UTF-16 with a byte-order mark.
 */

export const BOMS: { encoding: PopulationEncoding; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

export function detectBom(head: Uint8Array): { encoding: PopulationEncoding; length: number } | null {
  for (const bom of BOMS) if (bom.bytes.every((byte, index) => head[index] === byte)) return { encoding: bom.encoding, length: bom.bytes.length };
  return null;
}

/**
 * Finds the first byte that is not valid UTF-8, streaming: feed chunks in order; `pending` carries a
 * sequence cut by a chunk boundary. Most chunks take the fast path (Node's own validator); only a chunk
 * that fails it is walked byte by byte, to tell a sequence cut at the edge from a real error and to
 * give the exact position.
 */
export class Utf8Validator {
  private need = 0;
  private low = 0x80;
  private high = 0xbf;
  private offset = 0;
  /** Byte offset of the first invalid byte, or null while the input is valid. */
  invalidAt: number | null = null;

  push(chunk: Uint8Array): void {
    if (this.invalidAt !== null) return;
    if (this.need === 0 && isUtf8(chunk)) {
      this.offset += chunk.length;
      return;
    }
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!;
      if (this.need === 0) {
        if (byte <= 0x7f) continue;
        if (byte >= 0xc2 && byte <= 0xdf) this.start(1, 0x80, 0xbf);
        else if (byte === 0xe0) this.start(2, 0xa0, 0xbf);
        else if (byte === 0xed) this.start(2, 0x80, 0x9f);
        else if (byte >= 0xe1 && byte <= 0xef) this.start(2, 0x80, 0xbf);
        else if (byte === 0xf0) this.start(3, 0x90, 0xbf);
        else if (byte === 0xf4) this.start(3, 0x80, 0x8f);
        else if (byte >= 0xf1 && byte <= 0xf3) this.start(3, 0x80, 0xbf);
        else return this.fail(index);
      } else {
        if (byte < this.low || byte > this.high) return this.fail(index);
        this.low = 0x80;
        this.high = 0xbf;
        this.need -= 1;
      }
    }
    this.offset += chunk.length;
  }

  /** Call after the last chunk: a sequence left open at the end of the file is invalid too. */
  end(): void {
    if (this.invalidAt === null && this.need > 0) this.invalidAt = this.offset;
  }

  private start(need: number, low: number, high: number): void {
    this.need = need;
    this.low = low;
    this.high = high;
  }

  private fail(index: number): void {
    this.invalidAt = this.offset + index;
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F as the WHATWG Encoding Standard maps them (€, ‚, ƒ, „, …, ™, œ, Ÿ).
 * Node's TextDecoder treats "windows-1252" as ISO-8859-1 and leaves them as C1 control characters, so
 * they are mapped here; the five bytes the code page leaves undefined stay as their C1 code points,
 * as the standard says.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export interface StreamDecoder {
  decode(chunk: Uint8Array): string;
  end(): string;
}

/** A streaming decoder for one of the supported encodings; a byte-order mark must already be skipped. */
export function streamDecoder(encoding: PopulationEncoding): StreamDecoder {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  const fix = encoding === 'windows-1252' ? (text: string) => text.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!) : (text: string) => text;
  return {
    decode: (chunk) => fix(decoder.decode(chunk, { stream: true })),
    end: () => fix(decoder.decode()),
  };
}
