import type { AssessmentStatus, Severity } from '../api/gap-types';
import type { RemediationRecord } from '../../db/queries/remediation-items';
import { isOverdue } from './open-gaps';

export interface GapReportCriterion {
  id: string;
  series: string;
  categoryName: string;
  summary: string;
  status: AssessmentStatus;
  currentPractice: string;
}

export interface GapReportRow {
  criterionId: string;
  series: string;
  category: string;
  criterionSummary: string;
  assessment: string;
  currentPractice: string;
  remediation: string;
  severity: Severity | '';
  owner: string;
  dueDate: string;
  remediationStatus: string;
  overdue: boolean;
  control: string;
}

/** Column order and headings of the report, shared by the CSV and the PDF section. */
export const GAP_REPORT_COLUMNS: readonly { key: keyof GapReportRow; heading: string }[] = [
  { key: 'criterionId', heading: 'Criterion' },
  { key: 'series', heading: 'Series' },
  { key: 'category', heading: 'Category' },
  { key: 'criterionSummary', heading: 'Criterion summary' },
  { key: 'assessment', heading: 'Assessment' },
  { key: 'currentPractice', heading: 'Current practice' },
  { key: 'remediation', heading: 'Remediation item' },
  { key: 'severity', heading: 'Severity' },
  { key: 'owner', heading: 'Owner' },
  { key: 'dueDate', heading: 'Due date' },
  { key: 'remediationStatus', heading: 'Remediation status' },
  { key: 'overdue', heading: 'Overdue' },
  { key: 'control', heading: 'Linked control' },
];

const STATUS_WORDS: Record<AssessmentStatus, string> = { 'not-assessed': 'not assessed', gap: 'gap', 'partially-met': 'partially met', met: 'met', 'not-applicable': 'not applicable' };
const SEVERITY_RANK: Record<Severity | '', number> = { high: 0, medium: 1, low: 2, '': 3 };

export interface GapReport {
  generatedOn: string;
  rows: GapReportRow[];
  /** Criteria assessed as a gap or partially met that have no remediation item yet. */
  untracked: number;
}

/**
 * The gap report: one row per remediation item that is not done, plus one row for each criterion
 * assessed as a gap or partially met that has no open item yet (so nothing falls through). Ordered by
 * severity (high first, untracked last), then criterion. Pure, so the CSV export and the PDF package
 * build the same rows.
 */
export function buildGapReport(criteria: readonly GapReportCriterion[], items: readonly RemediationRecord[], controls: ReadonlyMap<number, string>, today: string): GapReport {
  const rows: GapReportRow[] = [];
  let untracked = 0;
  for (const criterion of criteria) {
    const base = { criterionId: criterion.id, series: criterion.series, category: criterion.categoryName, criterionSummary: criterion.summary, assessment: STATUS_WORDS[criterion.status], currentPractice: criterion.currentPractice };
    const open = items.filter((item) => item.criterionId === criterion.id && item.status !== 'done');
    for (const item of open) {
      rows.push({
        ...base,
        remediation: item.title,
        severity: item.severity,
        owner: item.owner,
        dueDate: item.dueDate ?? '',
        remediationStatus: item.status.replace('-', ' '),
        overdue: isOverdue(item, today),
        control: item.controlId !== null ? (controls.get(item.controlId) ?? '') : '',
      });
    }
    if (open.length === 0 && (criterion.status === 'gap' || criterion.status === 'partially-met')) {
      untracked += 1;
      rows.push({ ...base, remediation: '(no remediation item yet)', severity: '', owner: '', dueDate: '', remediationStatus: '', overdue: false, control: '' });
    }
  }
  const order = new Map(criteria.map((criterion, index) => [criterion.id, index]));
  rows.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
  return { generatedOn: today, rows, untracked };
}
