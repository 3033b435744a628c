import { hasEvidenceStore } from '../../../db/evidence-store';
import { evidenceRef } from '../../../db/queries/evidence';
import { deleteNonOccurrence, getNonOccurrence, upsertNonOccurrence } from '../../../db/queries/non-occurrences';
import type { Workspace } from '../../../db/workspace';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { periodCoverage } from '../../testing/period-coverage';
import { readCoverageInput } from '../../testing/read-testing-facts';
import { findTestableControl } from '../../testing/testing-views';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { PeriodCoverageView } from '../testing-types';
import type { HandlerContext } from './context';

type Methods = 'periodCoverage.get' | 'periodCoverage.markNotOccurred' | 'periodCoverage.clearNotOccurred';

/** Evidence offered for a did-not-occur record: attestations first (the usual proof), then the rest, capped. */
const CHOICES_LIMIT = 500;

export function readPeriodCoverage(workspace: Workspace): PeriodCoverageView {
  const catalog = engagementCatalog(workspace);
  const today = workspace.now().slice(0, 10);
  return workspace.read((db) => {
    const input = readCoverageInput(db, catalog, today);
    const controls = periodCoverage(input);
    const bounds = input.period === null ? null : input.period.reportType === 'type2' ? { start: input.period.start, end: input.period.end } : { start: input.period.asOf, end: input.period.asOf };
    const choices = [...input.evidence].sort((a, b) => Number(b.method === 'attestation') - Number(a.method === 'attestation') || a.id - b.id).slice(0, CHOICES_LIMIT);
    return {
      reportType: input.period?.reportType ?? 'type2',
      period: bounds,
      today,
      evidenceStore: hasEvidenceStore(db),
      controls,
      totals: {
        controls: controls.length,
        due: controls.reduce((sum, control) => sum + control.due, 0),
        evidenced: controls.reduce((sum, control) => sum + control.evidenced, 0),
        missing: controls.reduce((sum, control) => sum + control.missing, 0),
        stale: controls.reduce((sum, control) => sum + control.stale.length, 0),
        awaitingEvidence: controls.reduce((sum, control) => sum + control.awaitingEvidence, 0),
      },
      evidenceChoices: choices.map((item) => ({ id: item.id, ref: item.ref, fileName: item.fileName, method: item.method })),
    };
  });
}

/**
 * Period coverage: what each control needs across the period against the evidence present, and the
 * "did not occur" records (each needing its own evidence, e.g. an attestation by the control owner).
 */
export function periodCoverageHandlers({ session }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;

  return {
    'periodCoverage.get': () => readPeriodCoverage(workspace()),

    'periodCoverage.markNotOccurred': ({ controlId, windowStart, windowEnd, reason, evidenceId }) => {
      const ws = workspace();
      const control = ws.read((db) => findTestableControl(db, engagementCatalog(ws), controlId));
      const evidence = evidenceId === null ? null : ws.read((db) => (hasEvidenceStore(db) ? (db.prepare('SELECT id, file_name AS fileName FROM evidence_item WHERE id = ?').get(evidenceId) as { id: number; fileName: string } | undefined) : undefined));
      if (evidenceId !== null && !evidence) throw new ApiError('BAD_ARGUMENT', 'That evidence item is not in this workspace (it may have been removed). Choose another, or add the attestation under Evidence first.');
      ws.write(
        { action: 'periodCoverage.markNotOccurred', subject: `control:${controlId}`, details: { control: control.ref, window: [windowStart, windowEnd], reason, evidence: evidence ? evidenceRef(evidence.id) : null } },
        (db) => upsertNonOccurrence(db, { controlId, windowStart, windowEnd, reason, evidenceId }, ws.actor, ws.now()),
      );
      return readPeriodCoverage(ws);
    },

    'periodCoverage.clearNotOccurred': ({ id }) => {
      const ws = workspace();
      const record = ws.read((db) => getNonOccurrence(db, id));
      if (!record) throw new ApiError('BAD_ARGUMENT', 'That record is not in this workspace any more. Reload the coverage.');
      ws.write({ action: 'periodCoverage.clearNotOccurred', subject: `control:${record.controlId}`, details: { window: [record.windowStart, record.windowEnd], reason: record.reason } }, (db) => deleteNonOccurrence(db, id));
      return readPeriodCoverage(ws);
    },
  };
}
