import type Database from 'better-sqlite3';
import { getEngagement } from '../../db/queries/engagement';
import { getScopeProfile } from '../../db/queries/scope-profile';

/**
 * The organisation details step 3 fills policy placeholders with ({{organisation_name}},
 * {{security_owner}}, …), read from the step 1 profile. Blank values stay blank here; the policy
 * filler decides how to mark them.
 */
export function readPolicyContacts(db: Database.Database): { organisationName: string; systemName: string; policyOwner: string; securityOwner: string; privacyContact: string } {
  const engagement = getEngagement(db);
  const profile = getScopeProfile(db);
  return {
    organisationName: engagement.organisationName,
    systemName: engagement.systemName,
    policyOwner: profile.policyOwnerName || profile.securityOwnerName,
    securityOwner: profile.securityOwnerName,
    privacyContact: profile.privacyContactName ? `${profile.privacyContactName}${profile.privacyContactEmail ? ` (${profile.privacyContactEmail})` : ''}` : profile.privacyContactEmail,
  };
}
