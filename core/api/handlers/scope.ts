import { deleteCsoc, deleteCuec, insertCsoc, insertCuec, listCsocs, listCuecs, updateCsoc, updateCuec } from '../../../db/queries/complementary-controls';
import { listDescriptionSections, saveDescriptionSection } from '../../../db/queries/description-sections';
import { getEngagement } from '../../../db/queries/engagement';
import { markScopeChangesReviewed } from '../../../db/queries/scope-changes';
import { getScopeProfile, setScopeConfirmed, updateScopeProfile } from '../../../db/queries/scope-profile';
import { getVendor } from '../../../db/queries/vendors';
import { listAssessments } from '../../../db/queries/assessments';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { describeSections } from '../../scope/description';
import { CATEGORY_NAMES, CATEGORY_ORDER, inScopeCriteria } from '../../scope/in-scope';
import { coverUntil, readScopeSummary } from '../../scope/read-scope';
import { readVendors } from '../../scope/read-vendors';
import { writeScopeEdit } from '../../scope/scope-write';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { ProfileView } from '../scope-types';
import type { HandlerContext } from './context';

type ScopeMethods =
  | 'scope.summary'
  | 'scope.guidance'
  | 'scope.confirm'
  | 'profile.get'
  | 'profile.update'
  | 'description.list'
  | 'description.update'
  | 'cuec.list'
  | 'cuec.add'
  | 'cuec.update'
  | 'cuec.remove'
  | 'csoc.add'
  | 'csoc.update'
  | 'csoc.remove';

const brief = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

export function scopeHandlers({ session }: HandlerContext): Pick<ApiHandlers, ScopeMethods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const summary = () => workspace().read((db) => readScopeSummary(db, catalog()));
  const vendors = () => workspace().read((db) => readVendors(db, coverUntil(getEngagement(db))));
  const notFound = (what: string) => new ApiError('BAD_ARGUMENT', `That ${what} no longer exists; it may have been removed in another window. Reload the list.`);

  return {
    'scope.summary': summary,

    'scope.guidance': () => {
      const { guidance, criteria } = catalog();
      return workspace().read((db) => {
        const engagement = getEngagement(db);
        const assessed = new Set(listAssessments(db).filter((a) => a.status !== 'not-assessed').map((a) => a.criterionId));
        return {
          categories: CATEGORY_ORDER.map((id) => {
            const entry = guidance.categories.find((category) => category.id === id);
            const own = criteria.filter((criterion) => criterion.category === id);
            const inScope = id === 'security' || engagement.categories.includes(id);
            return {
              id,
              name: entry?.name ?? CATEGORY_NAMES[id],
              alwaysInScope: entry?.alwaysInScope ?? id === 'security',
              whenToInclude: entry?.whenToInclude ?? '',
              signals: entry?.signals ?? [],
              inScope,
              criteriaCount: own.length,
              keptAssessments: inScope ? 0 : own.filter((criterion) => assessed.has(criterion.id)).length,
            };
          }),
          reportTypes: guidance.reportTypes,
          cuecExamples: guidance.cuecExamples,
          csocExamples: guidance.csocExamples,
          criteria: inScopeCriteria(criteria, engagement.categories).map((criterion) => ({ id: criterion.id, summary: criterion.summary, category: criterion.category })),
        };
      });
    },

    'scope.confirm': () => {
      const current = summary();
      if (!current.ready) {
        const missing = current.checklist.filter((item) => !item.done).map((item) => item.label.toLowerCase());
        throw new ApiError('BAD_ARGUMENT', `The scope cannot be confirmed yet: ${missing.join('; ')}.`);
      }
      const ws = workspace();
      ws.write({ action: 'scope.confirm', subject: 'scope', details: { reviewedChanges: current.changes.length, categories: current.categories } }, (db) => {
        setScopeConfirmed(db, ws.actor, ws.now());
        markScopeChangesReviewed(db, ws.now());
      });
      return summary();
    },

    'profile.get': () => workspace().read(getScopeProfile) as ProfileView,

    'profile.update': (patch) => {
      const ws = workspace();
      const before = ws.read(getScopeProfile);
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
      if (Object.keys(changed).length === 0) return before;
      ws.write({ action: 'profile.update', subject: 'profile', details: changed }, (db) => updateScopeProfile(db, changed, ws.now()));
      return ws.read(getScopeProfile);
    },

    'description.list': () => workspace().read((db) => describeSections(catalog().guidance, getEngagement(db).reportType, listDescriptionSections(db))),

    'description.update': ({ id, body }) => {
      const ws = workspace();
      const sections = () => ws.read((db) => describeSections(catalog().guidance, getEngagement(db).reportType, listDescriptionSections(db)));
      const before = sections().find((section) => section.id === id)!;
      if (before.body !== body) {
        ws.write({ action: 'description.update', subject: id, details: { section: id, characters: body.length } }, (db) => saveDescriptionSection(db, id, body, ws.now()));
      }
      return sections().find((section) => section.id === id)!;
    },

    'cuec.list': () => workspace().read(listCuecs),

    'cuec.add': ({ control, relatedCriteria, catalogId }) => {
      const ws = workspace();
      writeScopeEdit(ws, { action: 'cuec.add', subject: 'cuec', details: { control, relatedCriteria, catalogId } }, { area: 'CUECs', summary: `CUEC added: “${brief(control)}”` }, (db) =>
        insertCuec(db, { control, relatedCriteria, catalogId }, ws.now()),
      );
      return ws.read(listCuecs);
    },

    'cuec.update': ({ id, control, relatedCriteria }) => {
      const ws = workspace();
      writeScopeEdit(ws, { action: 'cuec.update', subject: `cuec:${id}`, details: { control, relatedCriteria } }, { area: 'CUECs', summary: `CUEC changed: “${brief(control)}”` }, (db) => {
        if (!updateCuec(db, id, { control, relatedCriteria })) throw notFound('CUEC');
      });
      return ws.read(listCuecs);
    },

    'cuec.remove': ({ id }) => {
      const ws = workspace();
      const existing = ws.read(listCuecs).find((cuec) => cuec.id === id);
      if (!existing) throw notFound('CUEC');
      writeScopeEdit(ws, { action: 'cuec.remove', subject: `cuec:${id}`, details: { control: existing.control } }, { area: 'CUECs', summary: `CUEC removed: “${brief(existing.control)}”` }, (db) => deleteCuec(db, id));
      return ws.read(listCuecs);
    },

    'csoc.add': ({ vendorId, control, relatedCriteria, catalogId }) => {
      const ws = workspace();
      const vendor = ws.read((db) => getVendor(db, vendorId));
      if (!vendor) throw notFound('vendor');
      if (!vendor.isSubservice) throw new ApiError('BAD_ARGUMENT', `${vendor.name} is not marked as a subservice organisation. Mark it as one first; CSOCs belong to subservice organisations.`);
      writeScopeEdit(ws, { action: 'csoc.add', subject: `vendor:${vendorId}`, details: { control, relatedCriteria, catalogId } }, { area: 'CSOCs', summary: `CSOC added for ${vendor.name}: “${brief(control)}”` }, (db) =>
        insertCsoc(db, { vendorId, control, relatedCriteria, catalogId }, ws.now()),
      );
      return vendors();
    },

    'csoc.update': ({ id, control, relatedCriteria }) => {
      const ws = workspace();
      writeScopeEdit(ws, { action: 'csoc.update', subject: `csoc:${id}`, details: { control, relatedCriteria } }, { area: 'CSOCs', summary: `CSOC changed: “${brief(control)}”` }, (db) => {
        if (!updateCsoc(db, id, { control, relatedCriteria })) throw notFound('CSOC');
      });
      return vendors();
    },

    'csoc.remove': ({ id }) => {
      const ws = workspace();
      const existing = ws.read(listCsocs).find((csoc) => csoc.id === id);
      if (!existing) throw notFound('CSOC');
      writeScopeEdit(ws, { action: 'csoc.remove', subject: `csoc:${id}`, details: { control: existing.control } }, { area: 'CSOCs', summary: `CSOC removed: “${brief(existing.control)}”` }, (db) => deleteCsoc(db, id));
      return vendors();
    },
  };
}
