import type Database from 'better-sqlite3';
import { linkControlPolicy } from '../../db/queries/control-implementation';
import { findControlByCatalogId, insertEngagementControl } from '../../db/queries/engagement-controls';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { Catalog, CatalogControl } from '../catalog/catalog-schema';

/**
 * Links a control to the engagement's policies made from the templates its library entry cites, so
 * "linked policies" is filled in whichever comes first, the control or the policy.
 */
export function linkCitedPolicies(db: Database.Database, controlId: number, cited: readonly string[]): void {
  const find = db.prepare('SELECT id FROM policy WHERE template_id = ?').pluck();
  for (const templateId of cited) {
    const policyId = find.get(templateId) as number | undefined;
    if (policyId !== undefined) linkControlPolicy(db, controlId, policyId);
  }
}

function insertFromLibrary(db: Database.Database, control: CatalogControl, now: string): void {
  const id = insertEngagementControl(
    db,
    { catalogControlId: control.id, title: control.title, objective: control.objective, area: control.area, frequency: control.frequency, nature: control.nature, automation: control.automation, owner: '', implementationStatus: 'not-started', criteria: control.criteria },
    now,
  );
  linkCitedPolicies(db, id, control.policies);
}

/**
 * Adopts library controls into the engagement in one logged change: each starts "not started", with
 * the library's criteria and links to the policies already made from the templates it cites. The key
 * flag, test procedure and suggested evidence read from the engagement's catalog until edited
 * (migration 4). IDs already adopted are skipped; returns the IDs adopted now.
 */
export function adoptControls(workspace: Workspace, catalog: Pick<Catalog, 'controls'>, catalogIds: readonly string[], action = 'controls.adopt'): string[] {
  const library = new Map(catalog.controls.map((control) => [control.id, control]));
  const unknown = catalogIds.filter((id) => !library.has(id));
  if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this engagement's control library.`);
  const fresh = [...new Set(catalogIds)].filter((id) => workspace.read((db) => findControlByCatalogId(db, id)) === undefined);
  if (fresh.length === 0) return [];
  workspace.write({ action, subject: 'controls', details: { catalogIds: fresh } }, (db) => {
    for (const id of fresh) insertFromLibrary(db, library.get(id)!, workspace.now());
  });
  return fresh;
}
