import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * A small, independent ZIP reader for verification: it reads the central directory (ZIP64 included)
 * and streams each entry's data, so a package can be checked file by file without unpacking it and
 * without trusting the library that wrote it.
 */

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new ZipFormatError('the file ends early');
  return buffer;
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a size is too large');
  return Number(value);
}

export class ZipReader {
  private constructor(
    private readonly filePath: string,
    private readonly fd: number,
    readonly entries: ZipEntryInfo[],
  ) {}

  static open(filePath: string): ZipReader {
    const fd = fs.openSync(filePath, 'r');
    try {
      return new ZipReader(filePath, fd, ZipReader.readDirectory(fd, fs.fstatSync(fd).size));
    } catch (error) {
      fs.closeSync(fd);
      throw error instanceof ZipFormatError ? error : new ZipFormatError(error instanceof Error ? error.message : String(error));
    }
  }

  private static readDirectory(fd: number, fileSize: number): ZipEntryInfo[] {
    if (fileSize < 22) throw new ZipFormatError('too small to be a ZIP file');
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = readAt(fd, fileSize - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError('no end-of-directory record: not a ZIP file, or truncated');
    let count = tail.readUInt16LE(eocd + 10);
    let directorySize = tail.readUInt32LE(eocd + 12);
    let directoryOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || directorySize === MAX_U32 || directoryOffset === MAX_U32) {
      const locator = eocd - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError('a ZIP64 record is missing');
      const record = readAt(fd, u64(tail, locator + 8), 56);
      if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError('the ZIP64 end record is damaged');
      count = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
    if (directoryOffset + directorySize > fileSize) throw new ZipFormatError('the central directory lies outside the file');
    const directory = readAt(fd, directoryOffset, directorySize);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('the central directory is damaged');
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const entry: ZipEntryInfo = {
        flags: directory.readUInt16LE(p + 8),
        method: directory.readUInt16LE(p + 10),
        crc32: directory.readUInt32LE(p + 16),
        compressedSize: directory.readUInt32LE(p + 20),
        size: directory.readUInt32LE(p + 24),
        localHeaderOffset: directory.readUInt32LE(p + 42),
        name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      };
      // ZIP64 extra field: the 64-bit values, present only for the fields that overflowed.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = directory.readUInt16LE(e);
        const length = directory.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (entry.size === MAX_U32) {
            entry.size = u64(directory, q);
            q += 8;
          }
          if (entry.compressedSize === MAX_U32) {
            entry.compressedSize = u64(directory, q);
            q += 8;
          }
          if (entry.localHeaderOffset === MAX_U32) entry.localHeaderOffset = u64(directory, q);
        }
        e += 4 + length;
      }
      entries.push(entry);
      p = extraEnd + commentLength;
    }
    return entries;
  }

  /** The entry's uncompressed bytes as a stream. */
  openEntry(entry: ZipEntryInfo): Readable {
    if (entry.flags & 1) throw new ZipFormatError(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses an unsupported compression method (${entry.method})`);
    const local = readAt(this.fd, entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`the local header of ${entry.name} is damaged`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const raw = entry.compressedSize === 0 ? new PassThrough().end() : fs.createReadStream(this.filePath, { start, end: start + entry.compressedSize - 1 });
    if (entry.method === 0) return raw;
    const inflate = zlib.createInflateRaw();
    raw.on('error', (error: Error) => inflate.destroy(error));
    return raw.pipe(inflate);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
