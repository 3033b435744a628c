import type { DescriptionSectionRecord } from '../../db/queries/description-sections';
import type { DescriptionSectionView } from '../api/scope-types';
import type { Guidance } from '../catalog/catalog-schema';

/**
 * The DC1–DC9 sections with the catalog's prompt and example beside what has been written. DC9
 * (significant changes during the period) only applies to a Type II report.
 */
export function describeSections(guidance: Pick<Guidance, 'descriptionCriteria'>, reportType: 'type1' | 'type2', written: readonly DescriptionSectionRecord[]): DescriptionSectionView[] {
  const byId = new Map(written.map((section) => [section.id, section]));
  return guidance.descriptionCriteria.map((dc) => {
    const record = byId.get(dc.id);
    return {
      id: dc.id,
      title: dc.title,
      prompt: dc.prompt,
      example: dc.example,
      typeIIOnly: dc.typeIIOnly,
      required: !dc.typeIIOnly || reportType === 'type2',
      body: record?.body ?? '',
      updatedAt: record?.updatedAt ?? null,
    };
  });
}

export function descriptionProgress(sections: readonly DescriptionSectionView[]): { written: number; required: number } {
  const required = sections.filter((section) => section.required);
  return { written: required.filter((section) => section.body.trim() !== '').length, required: required.length };
}
