import type Database from 'better-sqlite3';
import { hasEvidenceStore } from '../../db/evidence-store';
import { listAllEvidence } from '../../db/queries/evidence';
import { streamBlob } from '../evidence/read-evidence';
import { workspaceEvidenceSource, type EvidenceSource } from '../package/data/evidence-source';

/**
 * The evidence of a workspace for verification: the package's evidence source when it reads the
 * evidence store, otherwise the store itself, read with the evidence feature's own chunk reader. Either
 * way the bytes hashed are the stored chunks, one at a time.
 */
export function verificationEvidenceSource(db: Database.Database): EvidenceSource {
  const packageSource = workspaceEvidenceSource(db, db);
  if (packageSource.list() !== null || !hasEvidenceStore(db)) return packageSource;
  return {
    list: () =>
      listAllEvidence(db).map((record) => ({
        ref: record.ref,
        fileName: record.fileName,
        controls: record.controls,
        criteria: record.criteria,
        asOf: record.coversTo,
        capturedOn: record.capturedOn,
        collector: record.collector,
        method: record.method ?? '',
        sizeBytes: record.size,
        sha256: record.sha256,
        redacted: record.redacted,
      })),
    open: (item) => streamBlob(db, item.sha256),
  };
}
