import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { MANIFEST_FORMAT, MANIFEST_NAME, type PackageManifest } from './zip/package-manifest';
import { ZipFormatError, ZipReader, type ZipEntryInfo } from './zip/zip-reader';
import { report, UnreadableFileError, type VerificationCheck, type VerificationReport } from './verification-report';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

async function digest(reader: ZipReader, entry: ZipEntryInfo): Promise<{ sha256: string; size: number; crc32: number }> {
  const hash = createHash('sha256');
  let size = 0;
  let crc = 0;
  await pipeline(
    reader.openEntry(entry),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        done();
      },
    }),
  );
  return { sha256: hash.digest('hex'), size, crc32: crc };
}

async function readWhole(reader: ZipReader, entry: ZipEntryInfo): Promise<Buffer> {
  if (entry.size > MAX_MANIFEST_BYTES) throw new ZipFormatError(`${entry.name} is implausibly large`);
  const chunks: Buffer[] = [];
  for await (const chunk of reader.openEntry(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isManifest(value: unknown): value is PackageManifest {
  const m = value as PackageManifest;
  return typeof m === 'object' && m !== null && m.format === MANIFEST_FORMAT && Array.isArray(m.files) && m.files.every((f) => typeof f.path === 'string' && typeof f.size === 'number' && typeof f.sha256 === 'string');
}

/**
 * Verifies a package ZIP against its own manifest: every listed file present with the listed size and
 * SHA-256 (and its ZIP checksum), nothing in the ZIP that the manifest does not list, no unsafe paths,
 * and the fingerprint (the manifest's own SHA-256) equal to the expected one when given. A PDF of the
 * same name beside the ZIP is checked to name the same fingerprint.
 */
export async function verifyPackage(zipPath: string, options: { expectedFingerprint?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<VerificationReport> {
  let reader: ZipReader;
  try {
    reader = ZipReader.open(zipPath);
  } catch (error) {
    throw new UnreadableFileError(`${path.basename(zipPath)} cannot be read as a ZIP file (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    const checks: VerificationCheck[] = [];
    const byName = new Map<string, ZipEntryInfo>();
    const duplicates: string[] = [];
    const unsafe: string[] = [];
    for (const entry of reader.entries) {
      if (byName.has(entry.name)) duplicates.push(entry.name);
      byName.set(entry.name, entry);
      if (entry.name.startsWith('/') || /^[A-Za-z]:/.test(entry.name) || entry.name.split(/[\\/]/).includes('..')) unsafe.push(entry.name);
    }
    checks.push({ name: 'Entry names are unique and safe to extract', ok: duplicates.length === 0 && unsafe.length === 0, details: [...duplicates.map((n) => `${n} appears more than once`), ...unsafe.map((n) => `${n} would extract outside the folder`)] });

    const manifestEntry = byName.get(MANIFEST_NAME);
    if (!manifestEntry) throw new UnreadableFileError(`${path.basename(zipPath)} has no ${MANIFEST_NAME}: it is not a SOC 2 Workbench package.`);
    const manifestBytes = await readWhole(reader, manifestEntry);
    const fingerprint = createHash('sha256').update(manifestBytes).digest('hex');
    let manifest: unknown;
    try {
      manifest = JSON.parse(manifestBytes.toString('utf8'));
    } catch {
      manifest = null;
    }
    if (!isManifest(manifest)) {
      checks.push({ name: `${MANIFEST_NAME} is readable`, ok: false, details: [`${MANIFEST_NAME} is not a package manifest this app understands.`] });
      return report('package', zipPath, checks, fingerprint);
    }
    if (options.expectedFingerprint) {
      const expected = options.expectedFingerprint.toLowerCase();
      checks.push({ name: 'Fingerprint matches the expected one', ok: expected === fingerprint, details: expected === fingerprint ? [fingerprint] : [`expected ${expected}`, `found    ${fingerprint}`] });
    }

    const problems: string[] = [];
    let done = 0;
    for (const file of manifest.files) {
      const entry = byName.get(file.path);
      done += 1;
      options.onProgress?.(done, manifest.files.length);
      if (!entry) {
        problems.push(`${file.path}: listed in the manifest but missing from the ZIP`);
        continue;
      }
      try {
        const actual = await digest(reader, entry);
        if (actual.size !== file.size) problems.push(`${file.path}: size ${actual.size} bytes, the manifest says ${file.size}`);
        if (actual.sha256 !== file.sha256) problems.push(`${file.path}: SHA-256 ${actual.sha256} does not match the manifest`);
        if (actual.crc32 !== entry.crc32) problems.push(`${file.path}: the ZIP checksum does not match its content`);
      } catch (error) {
        problems.push(`${file.path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    checks.push({ name: `Every file matches ${MANIFEST_NAME} (size and SHA-256)`, ok: problems.length === 0, details: problems.length === 0 ? [`${manifest.files.length} files checked`] : problems });

    const listed = new Set(manifest.files.map((f) => f.path));
    const extra = reader.entries.map((e) => e.name).filter((name) => name !== MANIFEST_NAME && !listed.has(name) && !name.endsWith('/'));
    checks.push({ name: 'Nothing in the ZIP is missing from the manifest', ok: extra.length === 0, details: extra.map((name) => `${name} is in the ZIP but not listed in the manifest`) });

    const pdf = zipPath.replace(/\.zip$/i, '.pdf');
    if (pdf !== zipPath && fs.existsSync(pdf)) {
      const names = fs.readFileSync(pdf).includes(Buffer.from(`fingerprint ${fingerprint}`, 'latin1'));
      checks.push({ name: 'The PDF beside the ZIP names the same fingerprint', ok: names, details: names ? [path.basename(pdf)] : [`${path.basename(pdf)} does not carry fingerprint ${fingerprint}`] });
    }
    if (manifest.withheld?.length) checks.push({ name: 'Withheld evidence is declared', ok: true, details: manifest.withheld.map((w) => `${w.ref} ${w.fileName}: ${w.reason}`) });
    return report('package', zipPath, checks, fingerprint);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new UnreadableFileError(`${path.basename(zipPath)} is damaged: ${error.message}.`);
    throw error;
  } finally {
    reader.close();
  }
}
