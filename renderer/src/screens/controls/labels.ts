import type { ControlAutomation, ControlFrequency, ControlNature, CoverageRowView, TestMethod } from '../../../../core/api/control-types';
import type { PolicyState } from '../../../../core/api/policy-types';

/** Words for stored values; typed against the API's unions so a new value cannot be forgotten. */

export const FREQUENCY_LABELS: Record<ControlFrequency, string> = {
  continuous: 'Continuous',
  'multiple-times-daily': 'Several times a day',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'semi-annual': 'Twice a year',
  annual: 'Annual',
  'per-event': 'Per event',
};

export const NATURE_LABELS: Record<ControlNature, string> = { preventive: 'Preventive', detective: 'Detective', corrective: 'Corrective' };

export const AUTOMATION_LABELS: Record<ControlAutomation, string> = { manual: 'Manual', 'it-dependent-manual': 'IT-dependent manual', automated: 'Automated' };

export const METHOD_LABELS: Record<TestMethod, string> = { inquiry: 'Inquiry', observation: 'Observation', inspection: 'Inspection', reperformance: 'Re-performance' };

export const POLICY_STATE_LABELS: Record<PolicyState, string> = { draft: 'Draft', approved: 'Approved', 'due-for-review': 'Due for review', overdue: 'Review overdue' };

export const COVERAGE_LABELS: Record<CoverageRowView['state'], string> = { covered: 'Covered', 'in-progress': 'Being implemented', uncovered: 'No control', 'not-applicable': 'Not applicable' };

/** Plain list of lines from a textarea: one item per non-blank line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
