import { createHash } from 'node:crypto';

export const MANIFEST_FORMAT = 'soc2-workbench-package/1';
export const MANIFEST_NAME = 'manifest.json';
export const CHECKSUMS_NAME = 'SHA256SUMS';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface WithheldFile {
  ref: string;
  fileName: string;
  size: number;
  sha256: string;
  reason: string;
}

/** manifest.json: every file of the ZIP (except itself) with size and SHA-256; its own hash is the fingerprint. */
export interface PackageManifest {
  format: typeof MANIFEST_FORMAT;
  generatedAt: string;
  organisation: string;
  system: string;
  reportType: 'type1' | 'type2';
  period: { asOf: string | null; start: string | null; end: string | null };
  version: string;
  seal: { version: number; fingerprint: string; activityHead: { seq: number; hash: string } } | null;
  files: ManifestFile[];
  withheld: WithheldFile[];
}

/** The exact bytes of manifest.json: fixed key order, two-space indent, final newline. */
export function serialiseManifest(manifest: PackageManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA256SUMS in the format `sha256sum -c` reads (two spaces, then the path). */
export function checksumsFile(files: readonly ManifestFile[]): Buffer {
  return Buffer.from(files.map((file) => `${file.sha256}  ${file.path}\n`).join(''), 'utf8');
}
