import type { ChecklistView } from '../../api/audit-types';
import type { EvidenceSource } from '../data/evidence-source';
import type { EvidenceItem, PackageData } from '../data/package-data';
import { csv, csvFiles, type GeneratedFile } from './csv-files';
import { evidenceEntryPath, safeSegment } from './entry-names';
import { CHECKSUMS_NAME, checksumsFile, MANIFEST_FORMAT, MANIFEST_NAME, serialiseManifest, sha256, type ManifestFile, type PackageManifest } from './package-manifest';
import { packageReadme } from './package-readme';
import type { ZipEntry } from './zip-writer';

export interface PlanInput {
  data: PackageData;
  checklist: ChecklistView;
  evidence: EvidenceSource;
  /** Rows of each population, for populations/<id>.csv. */
  populationRows: (ref: string) => Iterable<string[]> | null;
  generatedAt: string;
  versionLabel: string;
  seal: PackageManifest['seal'];
  /** The sealed snapshot's own manifest, included as seal-manifest.json. */
  sealManifest: string | null;
  zipName: string;
}

export interface PackagePlan {
  entries: ZipEntry[];
  manifest: PackageManifest;
  manifestBytes: Buffer;
  /** SHA-256 of manifest.json: the package fingerprint. */
  fingerprint: string;
  withheld: EvidenceItem[];
  totalBytes: number;
}

/**
 * Decides every file of the ZIP and its hash before a byte is written: generated files are hashed in
 * memory, evidence by the SHA-256 recorded when it was added (checked again as it streams into the
 * ZIP). So the manifest, and with it the fingerprint the PDF prints, is known up front.
 *
 * Order is fixed: README.txt, manifest.json, SHA256SUMS, then every other path sorted.
 */
export function planPackage(input: PlanInput): PackagePlan {
  const { data } = input;
  const generated: GeneratedFile[] = [];
  const evidenceItems = data.evidence ?? [];
  const withheld = evidenceItems.filter((item) => item.redacted);
  const included = evidenceItems.filter((item) => !item.redacted);
  const paths = new Map<string, string>();
  for (const item of included) paths.set(item.ref, evidenceEntryPath(item));

  generated.push(...csvFiles(data, input.checklist, (ref) => paths.get(ref) ?? null));
  for (const population of data.populations ?? []) {
    const rows = input.populationRows(population.ref);
    if (!rows) continue;
    const [header, ...body] = [...rows];
    if (header) generated.push({ path: `populations/${safeSegment(population.ref, 'population')}.csv`, content: csv(header, body) });
  }
  generated.push({ path: 'drafts/management-assertion.md', content: Buffer.from(data.drafts.assertion.text, 'utf8') });
  generated.push({ path: 'drafts/system-description.md', content: Buffer.from(data.drafts.description.text, 'utf8') });
  if (input.sealManifest) generated.push({ path: 'seal-manifest.json', content: Buffer.from(input.sealManifest, 'utf8') });
  generated.push({ path: 'README.txt', content: packageReadme(data, input.zipName, input.versionLabel) });

  const files: (ManifestFile & { entry: ZipEntry })[] = [
    ...generated.map((file) => ({ path: file.path, size: file.content.length, sha256: sha256(file.content), entry: { path: file.path, kind: 'buffer' as const, content: file.content } })),
    ...included.map((item) => {
      const path = paths.get(item.ref)!;
      return {
        path,
        size: item.sizeBytes,
        sha256: item.sha256,
        entry: { path, kind: 'stream' as const, size: item.sizeBytes, sha256: item.sha256, open: () => input.evidence.open(item), label: `Evidence ${item.ref} (${item.fileName})` },
      };
    }),
  ];
  // Same sorted order everywhere (manifest, checksums, ZIP), byte-wise so it never depends on locale.
  files.sort((a, b) => (a.path === 'README.txt' ? -1 : b.path === 'README.txt' ? 1 : Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))));
  const checksums = checksumsFile(files);
  const listed: ManifestFile[] = [...files.map(({ path, size, sha256: hash }) => ({ path, size, sha256: hash })), { path: CHECKSUMS_NAME, size: checksums.length, sha256: sha256(checksums) }];

  const e = data.engagement;
  const manifest: PackageManifest = {
    format: MANIFEST_FORMAT,
    generatedAt: input.generatedAt,
    organisation: e.organisationName,
    system: e.systemName,
    reportType: e.reportType,
    period: { asOf: e.asOfDate, start: e.periodStart, end: e.periodEnd },
    version: input.versionLabel,
    seal: input.seal,
    files: listed,
    withheld: withheld.map((item) => ({ ref: item.ref, fileName: item.fileName, size: item.sizeBytes, sha256: item.sha256, reason: 'flagged for redaction' })),
  };
  const manifestBytes = serialiseManifest(manifest);
  const [readme, ...rest] = files;
  const entries: ZipEntry[] = [
    readme!.entry,
    { path: MANIFEST_NAME, kind: 'buffer', content: manifestBytes },
    { path: CHECKSUMS_NAME, kind: 'buffer', content: checksums },
    ...rest.map((file) => file.entry),
  ];
  return {
    entries,
    manifest,
    manifestBytes,
    fingerprint: sha256(manifestBytes),
    withheld,
    totalBytes: listed.reduce((sum, file) => sum + file.size, manifestBytes.length),
  };
}
