import type { Readable } from 'node:stream';
import type Database from 'better-sqlite3';
import { hasEvidenceStore } from '../../../db/evidence-store';
import { listAllEvidence } from '../../../db/queries/evidence';
import { streamBlob } from '../../evidence/read-evidence';
import type { EvidenceItem } from './package-data';

/**
 * Where the package reads evidence from: the list of items with their metadata, and each item's bytes
 * as a stream of chunks (never the whole file in memory). The ZIP writer asks for one item at a time,
 * so memory stays bounded however much evidence there is.
 *
 * The evidence store is step 4's (its own migration). Until its tables exist in a workspace,
 * `workspaceEvidenceSource` finds nothing and the package says no evidence is recorded; when they
 * appear, this is the one place that maps them onto this interface.
 */
export interface EvidenceSource {
  /** Every evidence item, in a stable order; null when the workspace has no evidence store. */
  list(): EvidenceItem[] | null;
  /** The item's bytes in order. The caller hashes them and checks them against `item.sha256`. */
  open(item: EvidenceItem): Readable;
}

/** Tables the evidence store keeps its items and chunks in, once step 4 lands. */
export const EVIDENCE_TABLES: readonly string[] = ['evidence_blob', 'evidence_chunk', 'evidence_item', 'evidence_control', 'evidence_criterion'];

/**
 * The evidence of a workspace. `content` holds the metadata (a live workspace, or a sealed snapshot
 * restored in memory); `store` holds the bytes, which are content-addressed and so identical for the
 * live workspace and any snapshot of it.
 */
export function workspaceEvidenceSource(content: Database.Database, store: Database.Database): EvidenceSource {
  return {
    list: () => {
      if (!hasEvidenceStore(content)) return null;
      return listAllEvidence(content).map((record) => ({
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
      }));
    },
    // Bytes by hash from the store: the same for the live workspace and any sealed snapshot of it.
    open: (item) => streamBlob(store, item.sha256),
  };
}
