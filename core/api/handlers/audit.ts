import { deleteAuditDraft, putAuditDraft } from '../../../db/queries/audit-drafts';
import { getAuditException, insertAuditException, listAuditExceptions, respondToAuditException, setAuditExceptionStatus } from '../../../db/queries/audit-exceptions';
import { deleteChecklistWaiver, putChecklistWaiver } from '../../../db/queries/checklist-waivers';
import { clearFinalReport, getFinalReport, putFinalReport } from '../../../db/queries/final-report';
import { deletePbcRequest, getPbcRequest, insertPbcRequest, listPbcRequests, updatePbcRequest } from '../../../db/queries/pbc-requests';
import { listSeals } from '../../../db/queries/seals';
import type { Workspace } from '../../../db/workspace';
import { workspaceEvidenceSource } from '../../package/data/evidence-source';
import { loadPackageData } from '../../package/data/load-package-data';
import type { PackageData } from '../../package/data/package-data';
import { computeChecklist, isChecklistItem, isWaivable } from '../../seal/checklist';
import { createSeal, sealView } from '../../seal/create-seal';
import { generateAssertion } from '../../seal/draft-assertion';
import { generateDescription } from '../../seal/draft-description';
import { buildDraftPackage, buildSealedPackage, defaultPackageFolder } from '../../seal/package-versions';
import { previewPbcCsv, readPbcCsv } from '../../seal/pbc-import';
import type { DraftKind, DraftView } from '../audit-types';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { AuditResults } from '../schemas/audit';
import type { HandlerContext } from './context';

type AuditMethods = keyof AuditResults;

function packageData(workspace: Workspace): PackageData {
  return loadPackageData({ content: workspace, log: workspace.db, logUpTo: null, evidence: workspaceEvidenceSource(workspace.db, workspace.db) });
}

function draftView(data: PackageData, kind: DraftKind): DraftView {
  const draft = data.drafts[kind];
  const generated = kind === 'assertion' ? generateAssertion(data) : generateDescription(data, data.catalog.guidance);
  return { kind, text: draft.text, edited: draft.edited, savedBy: draft.savedBy, savedAt: draft.savedAt, generated };
}

function notFound(what: string): never {
  throw new ApiError('BAD_ARGUMENT', `That ${what} no longer exists; it may have been removed in another window. Reload the list.`);
}

/** Step 5: the readiness checklist, management's drafts, seals and packages, and fieldwork tracking. */
export function auditHandlers({ session, jobs }: HandlerContext): Pick<ApiHandlers, AuditMethods> {
  const checklist = () => {
    const workspace = session.workspace;
    return computeChecklist(packageData(workspace), workspace.now().slice(0, 10));
  };
  return {
    'checklist.get': checklist,
    'checklist.waive': ({ itemId, reason }) => {
      if (!isChecklistItem(itemId)) throw new ApiError('BAD_ARGUMENT', `There is no checklist item "${itemId}".`);
      if (!isWaivable(itemId)) throw new ApiError('BAD_ARGUMENT', 'This item cannot be waived: a broken activity log means the recorded history itself is in doubt. Restore the workspace from a backup.');
      const workspace = session.workspace;
      workspace.write({ action: 'checklist.waive', subject: itemId, details: { reason } }, (db) => putChecklistWaiver(db, { itemId, reason, waivedBy: workspace.actor, waivedAt: workspace.now() }));
      return checklist();
    },
    'checklist.unwaive': ({ itemId }) => {
      const workspace = session.workspace;
      workspace.write({ action: 'checklist.unwaive', subject: itemId }, (db) => deleteChecklistWaiver(db, itemId));
      return checklist();
    },

    'auditDraft.get': ({ kind }) => draftView(packageData(session.workspace), kind),
    'auditDraft.save': ({ kind, text }) => {
      const workspace = session.workspace;
      workspace.write({ action: 'auditDraft.save', subject: kind, details: { characters: text.length } }, (db) => putAuditDraft(db, { kind, content: text, savedBy: workspace.actor, savedAt: workspace.now() }));
      return draftView(packageData(workspace), kind);
    },
    'auditDraft.reset': ({ kind }) => {
      const workspace = session.workspace;
      workspace.write({ action: 'auditDraft.reset', subject: kind }, (db) => deleteAuditDraft(db, kind));
      return draftView(packageData(workspace), kind);
    },

    'seal.create': ({ paper, outDir }) => {
      const workspace = session.workspace;
      const folder = outDir ?? defaultPackageFolder(workspace);
      return { jobId: jobs.start('seal.create', (job) => createSeal(workspace, { paper, outDir: folder, job })) };
    },
    'seal.list': () => session.workspace.read(listSeals).map(sealView).reverse(),
    'package.build': ({ paper, outDir, sealVersion }) => {
      const workspace = session.workspace;
      const request = { paper, outDir: outDir ?? defaultPackageFolder(workspace) };
      return {
        jobId: jobs.start('package.build', (job) => (sealVersion === undefined ? buildDraftPackage(workspace, { ...request, job }) : buildSealedPackage(workspace, sealVersion, { ...request, job }))),
      };
    },
    'package.folder': () => ({ folder: defaultPackageFolder(session.workspace) }),

    'pbc.list': () => session.workspace.read(listPbcRequests),
    'pbc.add': (fields) => {
      const workspace = session.workspace;
      const input = { reference: '', status: 'open' as const, owner: '', dueDate: null, linkedEvidence: [], notes: '', ...fields, source: 'manual' as const };
      const id = workspace.write({ action: 'pbc.add', subject: input.reference || 'request', details: { request: input.request.slice(0, 200) } }, (db) => insertPbcRequest(db, input, workspace.now()));
      return workspace.read((db) => getPbcRequest(db, id)) ?? notFound('request');
    },
    'pbc.update': ({ id, ...patch }) => {
      const workspace = session.workspace;
      const before = workspace.read((db) => getPbcRequest(db, id)) ?? notFound('request');
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(value)));
      if (Object.keys(changed).length > 0) {
        workspace.write({ action: 'pbc.update', subject: before.reference || `request ${id}`, details: changed }, (db) => updatePbcRequest(db, id, changed, workspace.now()));
      }
      return workspace.read((db) => getPbcRequest(db, id)) ?? notFound('request');
    },
    'pbc.remove': ({ id }) => {
      const workspace = session.workspace;
      const before = workspace.read((db) => getPbcRequest(db, id)) ?? notFound('request');
      workspace.write({ action: 'pbc.remove', subject: before.reference || `request ${id}`, details: { request: before.request.slice(0, 200) } }, (db) => deletePbcRequest(db, id));
      return null;
    },
    'pbc.previewCsv': ({ csv }) => previewPbcCsv(csv),
    'pbc.importCsv': ({ csv, mapping }) => {
      const workspace = session.workspace;
      const { inputs, problems } = readPbcCsv(csv, mapping);
      if (inputs.length > 0) {
        // One transaction for the whole file: an import either lands completely or not at all.
        workspace.write({ action: 'pbc.import', subject: 'request list', details: { added: inputs.length, problems: problems.length } }, (db) => {
          for (const { input } of inputs) insertPbcRequest(db, input, workspace.now());
        });
      }
      return { added: inputs.length, problems };
    },

    'auditException.list': () => session.workspace.read(listAuditExceptions),
    'auditException.add': (input) => {
      const workspace = session.workspace;
      const id = workspace.write({ action: 'auditException.add', subject: input.reference || 'exception', details: { description: input.description.slice(0, 200), severity: input.severity } }, (db) =>
        insertAuditException(db, input, workspace.now()),
      );
      return workspace.read((db) => getAuditException(db, id)) ?? notFound('exception');
    },
    'auditException.respond': ({ id, response }) => {
      const workspace = session.workspace;
      const before = workspace.read((db) => getAuditException(db, id)) ?? notFound('exception');
      workspace.write({ action: 'auditException.respond', subject: before.reference || `exception ${id}`, details: { response: response.slice(0, 500) } }, (db) =>
        respondToAuditException(db, id, response, workspace.actor, workspace.now()),
      );
      return workspace.read((db) => getAuditException(db, id)) ?? notFound('exception');
    },
    'auditException.setStatus': ({ id, status }) => {
      const workspace = session.workspace;
      const before = workspace.read((db) => getAuditException(db, id)) ?? notFound('exception');
      if (before.status !== status) {
        workspace.write({ action: 'auditException.setStatus', subject: before.reference || `exception ${id}`, details: { from: before.status, to: status } }, (db) => setAuditExceptionStatus(db, id, status, workspace.now()));
      }
      return workspace.read((db) => getAuditException(db, id)) ?? notFound('exception');
    },

    'finalReport.get': () => session.workspace.read(getFinalReport),
    'finalReport.record': (fields) => {
      const workspace = session.workspace;
      if (fields.sealVersion !== null && !workspace.read(listSeals).some((seal) => seal.version === fields.sealVersion)) {
        throw new ApiError('BAD_ARGUMENT', `There is no seal ${fields.sealVersion} in this workspace; choose one from the list of seals.`);
      }
      workspace.write({ action: 'finalReport.record', subject: 'final report', details: fields }, (db) => putFinalReport(db, { ...fields, recordedBy: workspace.actor, recordedAt: workspace.now() }));
      return workspace.read(getFinalReport) ?? notFound('record');
    },
    'finalReport.clear': () => {
      session.workspace.write({ action: 'finalReport.clear', subject: 'final report' }, (db) => clearFinalReport(db));
      return null;
    },
  };
}
