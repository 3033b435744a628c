import type Database from 'better-sqlite3';
import { listPolicies, listPolicyVersions } from '../../db/queries/policies';
import type { PolicyData } from '../package/data/package-data';
import { whenTables } from '../package/data/table-exists';
import { policyRef } from './policy-ref';
import { splitVersions } from './read-policies';

/**
 * The policy register as the package and the readiness checklist read it: each policy's version in
 * force (or its newest draft, shown as not approved), with approver, approval date, next review and
 * the SHA-256 of that version's text. Null for a workspace from before policies existed. The status is
 * approved or draft only: whether a review is overdue depends on the day the package is made, and the
 * readiness checklist judges that from the next-review date.
 */
export function readPolicyRegister(db: Database.Database): PolicyData[] | null {
  return whenTables(db, ['policy', 'policy_version'], () => {
    const versions = listPolicyVersions(db);
    return listPolicies(db).flatMap((policy) => {
      const { inForce, latest } = splitVersions(versions.filter((version) => version.policyId === policy.id));
      const shown = inForce ?? latest;
      if (!shown) return [];
      return [
        {
          ref: policyRef(policy),
          title: policy.title,
          version: String(shown.version),
          approver: shown.approver ?? '',
          approvedOn: shown.approvedOn,
          nextReview: policy.nextReviewDate,
          sha256: shown.sha256,
          status: inForce ? 'approved' : 'draft',
          markdown: shown.markdown,
        },
      ];
    });
  });
}
