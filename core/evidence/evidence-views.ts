import type Database from 'better-sqlite3';
import { getEngagement } from '../../db/queries/engagement';
import type { EvidenceRecord } from '../../db/queries/evidence';
import type { Workspace } from '../../db/workspace';
import type { EvidenceControlView, EvidenceDetailView, EvidenceItemView, EvidenceOverview } from '../api/evidence-types';
import { ApiError } from '../api/errors';
import type { Catalog } from '../catalog/catalog-schema';
import { readControlViews } from '../controls/read-controls-step';
import { previewKind } from './media-type';
import { suggestNames } from './naming';

export function toItemView(record: EvidenceRecord): EvidenceItemView {
  const { id: _id, blobId: _blobId, ...view } = record;
  return view;
}

/** The engagement's adopted controls (retired ones too: their evidence stays linked) with evidence counts. */
export function readEvidenceControls(db: Database.Database, catalog: Pick<Catalog, 'controls'>): EvidenceControlView[] {
  const counts = new Map((db.prepare('SELECT control_ref AS ref, count(*) AS n FROM evidence_control GROUP BY control_ref').all() as { ref: string; n: number }[]).map((row) => [row.ref, row.n]));
  return readControlViews(db, catalog).map((control) => ({
    ref: control.ref,
    title: control.retired ? `${control.title} (retired)` : control.title,
    frequency: control.frequency,
    criteria: control.criteria,
    suggestedEvidence: control.suggestedEvidence,
    evidenceCount: counts.get(control.ref) ?? 0,
  }));
}

export function readOverview(workspace: Workspace, catalog: Catalog, uploads: boolean): EvidenceOverview {
  return workspace.read((db) => {
    const totals = db.prepare('SELECT count(*) AS items, coalesce(sum(b.size), 0) AS bytes FROM evidence_item i JOIN evidence_blob b ON b.id = i.blob_id').get() as { items: number; bytes: number };
    const engagement = getEngagement(db);
    const period =
      engagement.reportType === 'type1'
        ? engagement.asOfDate
          ? { asOf: engagement.asOfDate }
          : null
        : engagement.periodStart && engagement.periodEnd
          ? { start: engagement.periodStart, end: engagement.periodEnd }
          : null;
    return { totals, controls: readEvidenceControls(db, catalog), period, readOnly: workspace.readOnly, uploads };
  });
}

/** Refuses links to controls the engagement has not adopted and to criteria its catalog lacks. */
export function assertLinks(db: Database.Database, catalog: Catalog, controls: readonly string[] | undefined, criteria: readonly string[] | undefined): void {
  if (controls && controls.length > 0) {
    const known = new Set(readControlViews(db, catalog).map((control) => control.ref));
    const unknown = controls.filter((ref) => !known.has(ref));
    if (unknown.length > 0) {
      const sample = [...known].slice(0, 3).join(', ');
      throw new ApiError(
        'BAD_ARGUMENT',
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a control' : 'are not controls'} of this engagement. Adopt ${unknown.length === 1 ? 'it' : 'them'} in step 2 or 3 first, or check the ID${sample ? ` (for example ${sample})` : ''}.`,
      );
    }
  }
  if (criteria && criteria.length > 0) {
    const known = new Set(catalog.criteria.map((criterion) => criterion.id));
    const unknown = criteria.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a criterion' : 'are not criteria'} of this engagement's catalog.`);
  }
}

export function toDetailView(record: EvidenceRecord, controls: readonly EvidenceControlView[]): EvidenceDetailView {
  const firstControl = controls.find((control) => control.ref === record.controls[0]);
  const description = record.description || firstControl?.suggestedEvidence[0] || '';
  return {
    ...toItemView(record),
    suggestedNames: suggestNames({ ...record, description }),
    preview: previewKind(record.mediaType),
  };
}
