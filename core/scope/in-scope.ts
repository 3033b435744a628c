import type { CategoryId } from '../api/types';
import type { Criterion } from '../catalog/catalog-schema';

/** The five categories in the order the AICPA lists them (and the app shows them). */
export const CATEGORY_ORDER: readonly CategoryId[] = ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'];

export const CATEGORY_NAMES: Record<CategoryId, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

/**
 * The criteria a report with these categories covers, in catalog order. Security (the common
 * criteria CC1–CC9) is always included, whatever the list says.
 */
export function inScopeCriteria<C extends Pick<Criterion, 'id' | 'category'>>(criteria: readonly C[], categories: readonly CategoryId[]): C[] {
  const included = new Set<CategoryId>(['security', ...categories]);
  return criteria.filter((criterion) => included.has(criterion.category));
}
