import { writeCsv } from '../csv/write-csv';
import { GAP_REPORT_COLUMNS, type GapReport } from './gap-report';

export function gapReportCsv(report: GapReport): string {
  return writeCsv(
    GAP_REPORT_COLUMNS.map((column) => column.heading),
    report.rows.map((row) => GAP_REPORT_COLUMNS.map((column) => row[column.key])),
  );
}
