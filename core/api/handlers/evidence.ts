import fs from 'node:fs';
import path from 'node:path';
import { removeBlobIfUnused } from '../../../db/evidence-store';
import { deleteEvidence, getEvidence, listEvidence, parseEvidenceRef, updateEvidence, type EvidenceRecord } from '../../../db/queries/evidence';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { readEvidenceControls, assertLinks, readOverview, toDetailView, toItemView } from '../../evidence/evidence-views';
import { exportEvidence } from '../../evidence/export-file';
import { runEvidenceImport, type JobSource } from '../../evidence/import-job';
import { readBlobRange } from '../../evidence/read-evidence';
import { uploadPath } from '../../evidence/uploads';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { HandlerContext } from './context';

type Methods = 'evidence.overview' | 'evidence.import' | 'evidence.list' | 'evidence.get' | 'evidence.update' | 'evidence.remove' | 'evidence.export' | 'evidence.read';

/**
 * Step 4's evidence: adding files (as jobs), listing (metadata only, paged), viewing, editing
 * metadata, removing, and reading the original bytes back. The bytes never travel in a list; the
 * viewer reads bounded ranges and export streams to a file.
 */
export function evidenceHandlers({ session, jobs, host }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const uploadsAvailable = host.mode === 'browser' && host.dataDir !== null;

  const find = (ref: string): EvidenceRecord => {
    const id = parseEvidenceRef(ref);
    const record = id === undefined ? undefined : workspace().read((db) => getEvidence(db, id));
    if (!record) throw new ApiError('BAD_ARGUMENT', `There is no evidence ${ref.toUpperCase()} in this workspace (it may have been removed in another window). Reload the list.`);
    return record;
  };
  const detail = (record: EvidenceRecord) => toDetailView(record, workspace().read((db) => readEvidenceControls(db, catalog())));

  return {
    'evidence.overview': () => readOverview(workspace(), catalog(), uploadsAvailable),

    'evidence.import': ({ paths, uploads, metadata }) => {
      const target = workspace();
      if (target.readOnly) throw new ApiError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so evidence cannot be added. Copy it to a folder you can write to, then open the copy.');
      target.read((db) => assertLinks(db, catalog(), metadata.controls, metadata.criteria));
      if (uploads.length > 0 && !uploadsAvailable) throw new ApiError('NOT_AVAILABLE', 'Uploads are only used in browser mode; the desktop app adds files by their path.');
      const sources: JobSource[] = [
        ...paths.map((filePath) => ({ path: filePath, fileName: path.basename(filePath) })),
        ...uploads.map((upload) => ({ path: uploadPath(host.dataDir!, upload.uploadId), fileName: upload.fileName, removeAfter: true })),
      ];
      for (const source of sources) {
        if (source.removeAfter && !fs.existsSync(source.path)) throw new ApiError('BAD_ARGUMENT', `The upload of ${source.fileName} is not there any more (it may have been added already). Choose the file again.`);
      }
      // The job keeps this workspace object: if another workspace is opened meanwhile, the import
      // stops instead of writing into the wrong file.
      const jobId = jobs.start('evidence.import', (job) => runEvidenceImport(target, sources, metadata, job));
      return { jobId };
    },

    'evidence.list': ({ offset, limit, search, controlRef, criterionId, method }) =>
      workspace().read((db) => {
        const page = listEvidence(db, { search, controlRef, criterionId, method }, { offset, limit });
        const totals = db.prepare('SELECT count(*) AS items, coalesce(sum(b.size), 0) AS bytes FROM evidence_item i JOIN evidence_blob b ON b.id = i.blob_id').get() as { items: number; bytes: number };
        return { items: page.items.map(toItemView), total: page.total, offset, totals };
      }),

    'evidence.get': ({ ref }) => detail(find(ref)),

    'evidence.update': ({ ref, patch }) => {
      const record = find(ref);
      const coversFrom = patch.coversFrom !== undefined ? patch.coversFrom : record.coversFrom;
      const coversTo = patch.coversTo !== undefined ? patch.coversTo : record.coversTo;
      if (coversFrom !== null && (coversTo === null || coversFrom > coversTo)) {
        throw new ApiError('BAD_ARGUMENT', 'A period needs an end date on or after its start date. Set the end date first, or clear the start date to record an as-of date.');
      }
      workspace().read((db) => assertLinks(db, catalog(), patch.controls, patch.criteria));
      const changed = Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, key === 'description' && typeof value === 'string' && value.length > 200 ? `(${value.length} characters)` : value]));
      workspace().write({ action: 'evidence.update', subject: record.ref, details: { fileName: record.fileName, changed } }, (db) => updateEvidence(db, record.id, patch, workspace().now()));
      return detail(find(ref));
    },

    'evidence.remove': ({ ref }) => {
      const record = find(ref);
      const bytesRemoved = workspace().write({ action: 'evidence.remove', subject: record.ref, details: { fileName: record.fileName, sha256: record.sha256, size: record.size } }, (db) => {
        deleteEvidence(db, record.id);
        return removeBlobIfUnused(db, record.blobId);
      });
      return { ref: record.ref, bytesRemoved };
    },

    'evidence.export': ({ ref, path: target }) => {
      const record = find(ref);
      const source = workspace();
      const jobId = jobs.start('evidence.export', async (job) => {
        job.progress(0, record.size, `Exporting ${record.fileName}`);
        return exportEvidence(source.db, record, target, job.signal);
      });
      return { jobId };
    },

    'evidence.read': ({ ref, offset, length }) => {
      const record = find(ref);
      const bytes = workspace().read((db) => readBlobRange(db, record.blobId, record.size, offset, length));
      return { ref: record.ref, offset, base64: bytes.toString('base64'), size: record.size, eof: offset + bytes.length >= record.size };
    },
  };
}
