import type { CategoryId } from '../api/types';
import type { CatalogControl, Criterion } from '../catalog/catalog-schema';
import { inScopeCriteria } from '../scope/in-scope';

/**
 * A privacy control: one the library files under Privacy, or whose criteria are all privacy criteria.
 * Such a control may also touch a common criterion (breach notification maps to CC7.4 too), but it
 * only belongs in an engagement that reports on Privacy.
 */
export function isPrivacyControl(control: Pick<CatalogControl, 'area' | 'criteria'>, categoryOf: ReadonlyMap<string, CategoryId>): boolean {
  return control.area.trim().toLowerCase() === 'privacy' || control.criteria.every((id) => categoryOf.get(id) === 'privacy');
}

/**
 * The recommended starter set for a scope: library controls marked recommended whose criteria touch a
 * category in scope (Security is always in scope), with privacy controls only when Privacy is.
 */
export function recommendedControls(catalog: { controls: readonly CatalogControl[]; criteria: readonly Pick<Criterion, 'id' | 'category'>[] }, categories: readonly CategoryId[]): CatalogControl[] {
  const categoryOf = new Map(catalog.criteria.map((criterion) => [criterion.id, criterion.category]));
  const inScope = new Set(inScopeCriteria(catalog.criteria, categories).map((criterion) => criterion.id));
  const privacyInScope = categories.includes('privacy');
  return catalog.controls.filter((control) => {
    if (!control.recommended) return false;
    if (isPrivacyControl(control, categoryOf)) return privacyInScope;
    return control.criteria.some((id) => inScope.has(id));
  });
}
