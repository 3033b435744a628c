import { z } from 'zod';
import type { Catalog } from '../../catalog/catalog-schema';
import type { CatalogOrigin } from '../../catalog/engagement-catalog';
import type { PolicyPlaceholder } from '../../catalog/check-catalog';
import { none } from './common';

/** The open engagement's own catalog (its snapshot), read-only: browsing, search and policy previews. */
export const catalogSchemas = {
  'catalog.get': none,
  'catalog.policyPreview': z.object({ id: z.string().regex(/^POL-[A-Z]+$/, 'expected a policy id such as POL-ACC') }).strict(),
} as const;

/** The whole snapshot plus where it came from; the renderer filters and searches it locally. */
export interface CatalogView extends Catalog {
  origin: CatalogOrigin;
}

export interface PolicyPreview {
  id: string;
  /** The template filled from the engagement's profile; unknown values show "[to be set: …]". */
  markdown: string;
  missing: { placeholder: PolicyPlaceholder; label: string }[];
}

export interface CatalogResults {
  'catalog.get': CatalogView;
  'catalog.policyPreview': PolicyPreview;
}
