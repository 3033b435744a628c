import { getAssessment, saveAssessment, type AssessmentPatch } from '../../../db/queries/assessments';
import { getEngagement } from '../../../db/queries/engagement';
import { getEngagementControl } from '../../../db/queries/engagement-controls';
import { deleteRemediationItem, getRemediationItem, insertRemediationItem, listRemediationItems, updateRemediationItem } from '../../../db/queries/remediation-items';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { gapReportCsv } from '../../gaps/gap-report-csv';
import { remediationView } from '../../gaps/open-gaps';
import { readAssessmentList } from '../../gaps/read-assessments';
import { readGapReport } from '../../gaps/read-gap-report';
import { exportFileName } from '../../scope/export-file-name';
import { inScopeCriteria } from '../../scope/in-scope';
import { writeScopeEdit } from '../../scope/scope-write';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { AssessmentStatus } from '../gap-types';
import type { HandlerContext } from './context';

type GapMethods = 'assessment.list' | 'assessment.update' | 'assessment.setStatus' | 'remediation.list' | 'remediation.add' | 'remediation.update' | 'remediation.remove' | 'gaps.exportCsv';

const STATUS_WORDS: Record<AssessmentStatus, string> = { 'not-assessed': 'not assessed', gap: 'gap', 'partially-met': 'partially met', met: 'met', 'not-applicable': 'not applicable' };

export function gapHandlers({ session }: HandlerContext): Pick<ApiHandlers, GapMethods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const today = () => workspace().now().slice(0, 10);
  const list = () => workspace().read((db) => readAssessmentList(db, catalog(), today()));

  /** Only criteria of the categories in scope can be assessed; the message says how to bring one in. */
  const assertInScope = (criterionIds: readonly string[]) => {
    const categories = workspace().read(getEngagement).categories;
    const inScope = new Set(inScopeCriteria(catalog().criteria, categories).map((criterion) => criterion.id));
    const outside = criterionIds.filter((id) => !inScope.has(id));
    if (outside.length > 0) throw new ApiError('BAD_ARGUMENT', `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in scope. Add the category in step 1 (Scope Definition) to assess ${outside.length === 1 ? 'it' : 'them'}.`);
  };

  /** Moving a criterion into or out of "not applicable" changes the scope (description criterion DC8). */
  const naChange = (criterionIds: readonly string[], status: AssessmentStatus | undefined, reason: string) => {
    if (status === undefined) return null;
    const before = workspace().read((db) => criterionIds.map((id) => ({ id, status: getAssessment(db, id)?.status ?? 'not-assessed' })));
    const into = status === 'not-applicable' ? before.filter((entry) => entry.status !== 'not-applicable').map((entry) => entry.id) : [];
    const outOf = status !== 'not-applicable' ? before.filter((entry) => entry.status === 'not-applicable').map((entry) => entry.id) : [];
    const parts = [...(into.length > 0 ? [`${into.join(', ')} marked not applicable (${reason})`] : []), ...(outOf.length > 0 ? [`${outOf.join(', ')} applicable again`] : [])];
    return parts.length > 0 ? { area: 'criteria not applicable', summary: parts.join('; ') } : null;
  };

  const linkedControl = (controlId: number | null | undefined) => {
    if (controlId === null || controlId === undefined) return;
    if (!workspace().read((db) => getEngagementControl(db, controlId))) throw new ApiError('BAD_ARGUMENT', 'The linked control no longer exists in this engagement. Choose another one.');
  };

  return {
    'assessment.list': list,

    'assessment.update': ({ criterionId, status, currentPractice, naReason }) => {
      assertInScope([criterionId]);
      const ws = workspace();
      const before = ws.read((db) => getAssessment(db, criterionId));
      const reason = (naReason ?? before?.naReason ?? '').trim();
      if (status === 'not-applicable' && reason === '') throw new ApiError('BAD_ARGUMENT', `Say why ${criterionId} does not apply to this system; the reason becomes part of the system description (DC8).`);
      if (naReason !== undefined && naReason.trim() === '' && (status ?? before?.status) === 'not-applicable') throw new ApiError('BAD_ARGUMENT', `A criterion marked not applicable needs a reason. Choose another status first if ${criterionId} does apply.`);
      const patch: AssessmentPatch = { ...(status !== undefined ? { status } : {}), ...(currentPractice !== undefined ? { currentPractice } : {}), ...(naReason !== undefined ? { naReason: naReason.trim() } : {}) };
      const changed = Object.entries(patch).filter(([key, value]) => (before ? before[key as keyof AssessmentPatch] !== value : key !== 'status' || value !== 'not-assessed'));
      if (changed.length > 0) {
        const details = Object.fromEntries(changed.map(([key, value]) => [key, key === 'currentPractice' ? `(${String(value).length} characters)` : value]));
        writeScopeEdit(ws, { action: 'assessment.update', subject: criterionId, details: { criterionId, ...details } }, naChange([criterionId], status, reason), (db) => saveAssessment(db, criterionId, patch, ws.now()));
      }
      return list().criteria.find((criterion) => criterion.criterionId === criterionId)!;
    },

    'assessment.setStatus': ({ criterionIds, status, naReason }) => {
      const ids = [...new Set(criterionIds)];
      assertInScope(ids);
      const reason = (naReason ?? '').trim();
      if (status === 'not-applicable' && reason === '') throw new ApiError('BAD_ARGUMENT', 'Say why these criteria do not apply to this system; the reason becomes part of the system description (DC8).');
      const ws = workspace();
      writeScopeEdit(ws, { action: 'assessment.setStatus', subject: 'assessments', details: { criterionIds: ids, status: STATUS_WORDS[status], ...(reason ? { naReason: reason } : {}) } }, naChange(ids, status, reason), (db) => {
        for (const id of ids) saveAssessment(db, id, { status, ...(status === 'not-applicable' ? { naReason: reason } : {}) }, ws.now());
      });
      return list();
    },

    'remediation.list': () => workspace().read((db) => listRemediationItems(db).map((item) => remediationView(item, today()))),

    'remediation.add': (input) => {
      if (input.criterionId) assertInScope([input.criterionId]);
      linkedControl(input.controlId);
      const ws = workspace();
      const item = { controlId: null, owner: '', dueDate: null, status: 'open' as const, ...input };
      const id = ws.write({ action: 'remediation.add', subject: item.criterionId ?? 'remediation', details: item }, (db) => insertRemediationItem(db, item, ws.now()));
      return remediationView(ws.read((db) => getRemediationItem(db, id))!, today());
    },

    'remediation.update': ({ id, patch }) => {
      const ws = workspace();
      const before = ws.read((db) => getRemediationItem(db, id));
      if (!before) throw new ApiError('BAD_ARGUMENT', 'That remediation item no longer exists; it may have been removed in another window. Reload the list.');
      if (patch.criterionId) assertInScope([patch.criterionId]);
      linkedControl(patch.controlId);
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
      if (Object.keys(changed).length > 0) ws.write({ action: 'remediation.update', subject: `remediation:${id}`, details: changed }, (db) => updateRemediationItem(db, id, changed, ws.now()));
      return remediationView(ws.read((db) => getRemediationItem(db, id))!, today());
    },

    'remediation.remove': ({ id }) => {
      const ws = workspace();
      const before = ws.read((db) => getRemediationItem(db, id));
      if (!before) throw new ApiError('BAD_ARGUMENT', 'That remediation item no longer exists; it may have been removed in another window. Reload the list.');
      ws.write({ action: 'remediation.remove', subject: `remediation:${id}`, details: { title: before.title, criterionId: before.criterionId } }, (db) => deleteRemediationItem(db, id));
      return null;
    },

    'gaps.exportCsv': () => {
      const ws = workspace();
      const report = ws.read((db) => readGapReport(db, catalog(), today()));
      return { fileName: exportFileName(ws, 'gap report'), csv: gapReportCsv(report) };
    },
  };
}
