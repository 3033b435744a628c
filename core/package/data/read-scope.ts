import type Database from 'better-sqlite3';
import { listCsocs, listCuecs } from '../../../db/queries/complementary-controls';
import { listDescriptionSections } from '../../../db/queries/description-sections';
import type { EngagementRecord } from '../../../db/queries/engagement';
import { getScopeProfile } from '../../../db/queries/scope-profile';
import { listSystemComponents } from '../../../db/queries/system-components';
import { listVendors } from '../../../db/queries/vendors';
import type { Guidance } from '../../catalog/catalog-schema';
import type { ScopeData } from './package-data';
import { whenTables } from './table-exists';

const SCOPE_TABLES = ['scope_profile', 'description_section', 'cuec', 'system_component', 'vendor', 'csoc'] as const;

/** Step 1's scope record: profile, DC1–DC9 as written, the inventory, CUECs, subservice organisations. */
export function readScope(db: Database.Database, engagement: EngagementRecord, guidance: Guidance): ScopeData | null {
  return whenTables(db, SCOPE_TABLES, () => {
    const profile = getScopeProfile(db);
    const written = new Map(listDescriptionSections(db).map((section) => [section.id, section.body]));
    const csocs = listCsocs(db);
    const fieldwork = [profile.targetFieldworkStart, profile.targetFieldworkEnd].filter(Boolean).join(' to ');
    return {
      services: profile.services,
      locations: profile.locations,
      headcount: profile.headcount,
      securityOwner: profile.securityOwnerName,
      targetFieldwork: fieldwork,
      description: guidance.descriptionCriteria.map((dc) => ({
        id: dc.id,
        title: dc.title,
        required: !dc.typeIIOnly || engagement.reportType === 'type2',
        body: written.get(dc.id) ?? '',
      })),
      components: listSystemComponents(db).map(({ name, type, owner, environment, dataClassification }) => ({ name, type, owner, environment, dataClassification })),
      cuecs: listCuecs(db).map((cuec) => ({ control: cuec.control, criteria: cuec.relatedCriteria })),
      subservice: listVendors(db)
        .filter((vendor) => vendor.isSubservice)
        .map((vendor) => ({
          name: vendor.name,
          service: vendor.service,
          method: vendor.subserviceMethod,
          socReport: vendor.socReport,
          socPeriod: [vendor.socPeriodStart, vendor.socPeriodEnd].filter(Boolean).join(' to '),
          csocs: csocs.filter((csoc) => csoc.vendorId === vendor.id).map((csoc) => ({ control: csoc.control, criteria: csoc.relatedCriteria })),
        })),
    };
  });
}
