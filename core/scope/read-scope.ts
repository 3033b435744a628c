import type Database from 'better-sqlite3';
import { listAssessments } from '../../db/queries/assessments';
import { listCuecs } from '../../db/queries/complementary-controls';
import { listDescriptionSections } from '../../db/queries/description-sections';
import { getEngagement } from '../../db/queries/engagement';
import { listUnreviewedScopeChanges } from '../../db/queries/scope-changes';
import { getScopeProfile } from '../../db/queries/scope-profile';
import { listSystemComponents } from '../../db/queries/system-components';
import type { ScopeSummaryView } from '../api/scope-types';
import type { Catalog } from '../catalog/catalog-schema';
import { describeSections, descriptionProgress } from './description';
import { inScopeCriteria } from './in-scope';
import { readVendors } from './read-vendors';
import { scopeChecklist } from './scope-checklist';
import { checkTiming } from './timing-check';

/** The date a vendor's assurance must reach: the period end (Type II) or the as-of date (Type I). */
export function coverUntil(engagement: { reportType: 'type1' | 'type2'; asOfDate: string | null; periodEnd: string | null }): string | null {
  return engagement.reportType === 'type1' ? engagement.asOfDate : engagement.periodEnd;
}

/**
 * The scope record as every later step reads it: the engagement, the profile, what the description
 * and inventories hold, what is still missing, and the changes made since it was confirmed.
 */
export function readScopeSummary(db: Database.Database, catalog: Pick<Catalog, 'criteria' | 'guidance'>): ScopeSummaryView {
  const engagement = getEngagement(db);
  const profile = getScopeProfile(db);
  const timing = checkTiming({ ...engagement, ...profile });
  const sections = describeSections(catalog.guidance, engagement.reportType, listDescriptionSections(db));
  const description = descriptionProgress(sections);
  const vendors = readVendors(db, coverUntil(engagement));
  const subservice = vendors.filter((vendor) => vendor.isSubservice);
  const inScope = inScopeCriteria(catalog.criteria, engagement.categories);
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const summaries = new Map(inScope.map((criterion) => [criterion.id, criterion.summary]));
  const notApplicable = listAssessments(db)
    .filter((assessment) => assessment.status === 'not-applicable' && inScopeIds.has(assessment.criterionId))
    .map((assessment) => ({ criterionId: assessment.criterionId, summary: summaries.get(assessment.criterionId) ?? '', reason: assessment.naReason }));
  const systems = listSystemComponents(db).length;
  const checklist = scopeChecklist({
    reportType: engagement.reportType,
    systemName: engagement.systemName,
    cpaFirm: engagement.cpaFirm,
    timing,
    services: profile.services,
    securityOwnerName: profile.securityOwnerName,
    descriptionWritten: description.written,
    descriptionRequired: description.required,
    systems,
    subserviceWithoutMethod: subservice.filter((vendor) => !vendor.subserviceMethod).length,
  });
  const confirmed = profile.confirmedAt !== null;
  return {
    organisationName: engagement.organisationName,
    systemName: engagement.systemName,
    reportType: engagement.reportType,
    asOfDate: engagement.asOfDate,
    periodStart: engagement.periodStart,
    periodEnd: engagement.periodEnd,
    cpaFirm: engagement.cpaFirm,
    preparedBy: engagement.preparedBy,
    categories: engagement.categories,
    timing,
    profile,
    inScopeCriteria: inScope.length,
    notApplicable,
    counts: {
      systems,
      vendors: vendors.length,
      subservice: subservice.length,
      csocs: subservice.reduce((sum, vendor) => sum + vendor.csocs.length, 0),
      cuecs: listCuecs(db).length,
      descriptionWritten: description.written,
      descriptionRequired: description.required,
    },
    subserviceOrganisations: subservice.map((vendor) => ({ id: vendor.id, name: vendor.name, method: vendor.subserviceMethod, csocs: vendor.csocs.length })),
    checklist,
    ready: checklist.every((item) => item.done),
    confirmed,
    changes: confirmed ? listUnreviewedScopeChanges(db).map(({ reviewedAt: _reviewed, ...change }) => change) : [],
  };
}
