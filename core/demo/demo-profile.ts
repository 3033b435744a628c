/**
 * The built-in demo engagement: a fictional SaaS company preparing its first Type II report with all
 * five categories in scope. Names are invented; any resemblance to a real company is accidental.
 */
export const DEMO_PROFILE = {
  organisationName: 'Brightwave Analytics, Inc.',
  systemName: 'Brightwave Insights Platform',
  reportType: 'type2' as const,
  periodStart: '2026-04-01',
  periodEnd: '2026-09-30',
  asOfDate: null,
  cpaFirm: 'Harlow & Finch LLP',
  preparedBy: 'Meridian Readiness Partners',
  categories: ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] as ('security' | 'availability' | 'confidentiality' | 'processing_integrity' | 'privacy')[],
};

export const DEMO_FILE_NAME = 'Brightwave Analytics (demo).soc2';
