import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';

/** The 61 Trust Services Criteria exactly as product.md §6 lists them, in canonical order. */
const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);
const EXPECTED: { ids: string[]; series: string; category: string }[] = [
  { ids: range('CC1', 5), series: 'CC1', category: 'security' },
  { ids: range('CC2', 3), series: 'CC2', category: 'security' },
  { ids: range('CC3', 4), series: 'CC3', category: 'security' },
  { ids: range('CC4', 2), series: 'CC4', category: 'security' },
  { ids: range('CC5', 3), series: 'CC5', category: 'security' },
  { ids: range('CC6', 8), series: 'CC6', category: 'security' },
  { ids: range('CC7', 5), series: 'CC7', category: 'security' },
  { ids: ['CC8.1'], series: 'CC8', category: 'security' },
  { ids: range('CC9', 2), series: 'CC9', category: 'security' },
  { ids: range('A1', 3), series: 'A1', category: 'availability' },
  { ids: range('C1', 2), series: 'C1', category: 'confidentiality' },
  { ids: range('PI1', 5), series: 'PI1', category: 'processing_integrity' },
  { ids: ['P1.1'], series: 'P1', category: 'privacy' },
  { ids: ['P2.1'], series: 'P2', category: 'privacy' },
  { ids: range('P3', 2), series: 'P3', category: 'privacy' },
  { ids: range('P4', 3), series: 'P4', category: 'privacy' },
  { ids: range('P5', 2), series: 'P5', category: 'privacy' },
  { ids: range('P6', 7), series: 'P6', category: 'privacy' },
  { ids: ['P7.1'], series: 'P7', category: 'privacy' },
  { ids: ['P8.1'], series: 'P8', category: 'privacy' },
];

/** §6: CC1.1–1.5 → 1–5, CC2.1–2.3 → 13–15, CC3.1–3.4 → 6–9, CC4.1–4.2 → 16–17, CC5.1–5.3 → 10–12. */
const COSO: Record<string, number> = {
  'CC1.1': 1, 'CC1.2': 2, 'CC1.3': 3, 'CC1.4': 4, 'CC1.5': 5,
  'CC2.1': 13, 'CC2.2': 14, 'CC2.3': 15,
  'CC3.1': 6, 'CC3.2': 7, 'CC3.3': 8, 'CC3.4': 9,
  'CC4.1': 16, 'CC4.2': 17,
  'CC5.1': 10, 'CC5.2': 11, 'CC5.3': 12,
};

describe('the Trust Services Criteria in the bundled catalog', () => {
  const catalog = bundledCatalog();

  it('are exactly the 61 criteria, in canonical order', () => {
    const expectedIds = EXPECTED.flatMap((group) => group.ids);
    expect(expectedIds).toHaveLength(61);
    expect(catalog.criteria.map((c) => c.id)).toEqual(expectedIds);
  });

  it('have the right series and category; Security is CC1–CC9 (33), and there is no CC10', () => {
    for (const group of EXPECTED) {
      for (const id of group.ids) {
        const criterion = catalog.criteria.find((c) => c.id === id)!;
        expect({ id, series: criterion.series, category: criterion.category }).toEqual({ id, series: group.series, category: group.category });
      }
    }
    const count = (category: string) => catalog.criteria.filter((c) => c.category === category).length;
    expect([count('security'), count('availability'), count('confidentiality'), count('processing_integrity'), count('privacy')]).toEqual([33, 3, 2, 5, 18]);
    expect(catalog.criteria.some((c) => c.id.startsWith('CC10'))).toBe(false);
    expect(catalog.series.map((s) => s.id)).toEqual(EXPECTED.map((group) => group.series));
  });

  it('name the series as the domain facts do (CC7 is System Operations, CC9 Risk Mitigation)', () => {
    const name = (id: string) => catalog.series.find((s) => s.id === id)?.name;
    expect(name('CC1')).toBe('Control Environment');
    expect(name('CC2')).toBe('Communication and Information');
    expect(name('CC3')).toBe('Risk Assessment');
    expect(name('CC4')).toBe('Monitoring Activities');
    expect(name('CC5')).toBe('Control Activities');
    expect(name('CC6')).toBe('Logical and Physical Access Controls');
    expect(name('CC7')).toBe('System Operations');
    expect(name('CC8')).toBe('Change Management');
    expect(name('CC9')).toBe('Risk Mitigation');
  });

  it('map CC1–CC5 to the 17 COSO principles, and nothing else to any', () => {
    for (const criterion of catalog.criteria) {
      expect({ id: criterion.id, coso: criterion.cosoPrinciple }).toEqual({ id: criterion.id, coso: COSO[criterion.id] ?? null });
    }
    expect(new Set(Object.values(COSO)).size).toBe(17);
  });

  it('each have a one-line summary and guidance in our own words', () => {
    for (const criterion of catalog.criteria) {
      expect(criterion.summary.length, criterion.id).toBeGreaterThan(30);
      expect(criterion.summary.length, criterion.id).toBeLessThanOrEqual(200);
      expect(criterion.summary, criterion.id).not.toContain('\n');
      expect(criterion.guidance.length, criterion.id).toBeGreaterThan(100);
      expect(criterion.guidance, criterion.id).not.toBe(criterion.summary);
    }
    // Summaries are distinct: no criterion's summary was pasted onto another.
    expect(new Set(catalog.criteria.map((c) => c.summary)).size).toBe(61);
  });
});
