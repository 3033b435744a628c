import type Database from 'better-sqlite3';
import { getEngagement } from '../../db/queries/engagement';
import { getScopeProfile } from '../../db/queries/scope-profile';
import type { PolicyProfile } from '../catalog/fill-policy';

/**
 * What the policy templates are filled with, from step 1: organisation and system names, the policy
 * owner, security owner and privacy contact of the organisation profile. The effective date and the
 * review cycle are the policy's own (given when it is created, or derived from its review interval).
 */
export function policyProfile(db: Database.Database, own: { policyOwner?: string; effectiveDate?: string } = {}): PolicyProfile {
  const engagement = getEngagement(db);
  const profile = getScopeProfile(db);
  return {
    organisationName: engagement.organisationName,
    systemName: engagement.systemName,
    policyOwner: own.policyOwner?.trim() || profile.policyOwnerName,
    securityOwner: profile.securityOwnerName,
    privacyContact: profile.privacyContactName,
    ...(own.effectiveDate ? { effectiveDate: own.effectiveDate } : {}),
  };
}
