import Papa from 'papaparse';
import type { ChecklistView } from '../../api/audit-types';
import type { PackageData } from '../data/package-data';
import { controlMatrixRows } from '../sections/control-matrix';
import { coverageRows } from '../sections/criteria-coverage';

/** One generated file of the ZIP, held in memory (CSV and text files are small). */
export interface GeneratedFile {
  path: string;
  content: Buffer;
}

/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so Excel does not misread
 * Greek or Cyrillic), CRLF line ends, and cells that start with = + - @ prefixed with a quote so a
 * spreadsheet never runs them as formulas.
 */
export function csv(header: string[], rows: (string | number | null)[][]): Buffer {
  const text = Papa.unparse({ fields: header, data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) }, { newline: '\r\n', escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/** The tables of the package as CSV files. A table whose data is not recorded still has its header row. */
export function csvFiles(data: PackageData, checklist: ChecklistView, evidencePath: (ref: string) => string | null): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const add = (name: string, header: string[], rows: (string | number | null)[][]) => files.push({ path: `tables/${name}`, content: csv(header, rows) });

  add(
    'control-matrix.csv',
    ['control', 'title', 'owner', 'frequency', 'nature', 'automation', 'key', 'criteria', 'policies', 'evidence_items', 'internal_readiness_test', 'status'],
    controlMatrixRows(data).map((r) => [r.ref, r.title, r.owner, r.frequency, r.nature, r.automation, r.key ? 'yes' : 'no', r.criteria, r.policies, r.evidence, r.testResult, r.status]),
  );
  add(
    'criteria-coverage.csv',
    ['criterion', 'series', 'summary', 'controls', 'gap_analysis'],
    coverageRows(data).map((r) => [r.criterion, r.series, r.summary, r.controls.replace(/\n/g, '; '), r.assessment]),
  );
  add(
    'evidence-index.csv',
    ['id', 'file_name', 'controls', 'criteria', 'as_of', 'captured', 'collector', 'method', 'size_bytes', 'sha256', 'in_zip_at'],
    (data.evidence ?? []).map((e) => [
      e.ref,
      e.fileName,
      e.controls.join(' '),
      e.criteria.join(' '),
      e.asOf,
      e.capturedOn,
      e.collector,
      e.method,
      e.sizeBytes,
      e.sha256,
      e.redacted ? 'withheld: flagged for redaction' : (evidencePath(e.ref) ?? ''),
    ]),
  );
  add(
    'populations.csv',
    ['id', 'name', 'controls', 'source_system', 'query_or_filter', 'run_by', 'run_at', 'covers', 'rows', 'sha256'],
    (data.populations ?? []).map((p) => [p.ref, p.name, p.controls.join(' '), p.sourceSystem, p.query, p.ranBy, p.ranAt, p.covers, p.rowCount, p.sha256]),
  );
  add(
    'samples.csv',
    ['control', 'population', 'seed', 'sample_size', 'item', 'result', 'note'],
    (data.samples ?? []).flatMap((s) => s.items.map((item) => [s.control, s.population, s.seed, s.size, item.item, item.result, item.note])),
  );
  add(
    'gaps.csv',
    ['item', 'criterion', 'control', 'title', 'severity', 'owner', 'due', 'status'],
    (data.remediation ?? []).map((r) => [r.ref, r.criterionId, r.control, r.title, r.severity, r.owner, r.dueDate, r.status]),
  );
  add(
    'pbc-list.csv',
    ['reference', 'request', 'status', 'owner', 'due', 'linked_evidence', 'notes', 'source'],
    data.pbc.map((p) => [p.reference || `PBC-${p.id}`, p.request, p.status, p.owner, p.dueDate, p.linkedEvidence.join(' '), p.notes, p.source]),
  );
  add(
    'audit-exceptions.csv',
    ['reference', 'raised_on', 'control', 'description', 'severity', 'management_response', 'responded_by', 'responded_at', 'status'],
    data.auditExceptions.map((x) => [x.reference || `E-${x.id}`, x.raisedOn, x.controlRef, x.description, x.severity, x.managementResponse, x.respondedBy, x.respondedAt, x.status]),
  );
  add(
    'readiness-checklist.csv',
    ['item', 'title', 'result', 'summary', 'waiver_reason', 'waived_by', 'waived_at'],
    checklist.items.map((i) => [i.id, i.title, i.effective, i.summary, i.waiver?.reason ?? '', i.waiver?.by ?? '', i.waiver?.at ?? '']),
  );
  return files;
}
