import Papa from 'papaparse';
import type { PbcField, PbcImportPreview, PbcStatus } from '../api/audit-types';
import { ApiError } from '../api/errors';
import type { PbcInput } from '../../db/queries/pbc-requests';

export const PBC_FIELDS: readonly PbcField[] = ['reference', 'request', 'status', 'owner', 'dueDate', 'notes'];

/** Header names auditors' request lists commonly use for each field (compared lower-case, letters and digits only). */
const SYNONYMS: Record<PbcField, string[]> = {
  reference: ['ref', 'reference', 'id', 'requestid', 'requestno', 'requestnumber', 'pbc', 'pbcid', 'pbcno', 'pbcref', 'itemno', 'no', 'number', 'item'],
  request: ['request', 'requestdescription', 'description', 'itemdescription', 'requesteditem', 'documentationrequested', 'evidencerequested', 'details', 'ask'],
  status: ['status', 'state', 'requeststatus'],
  owner: ['owner', 'assignee', 'assignedto', 'responsible', 'clientowner', 'contact', 'clientcontact'],
  dueDate: ['due', 'duedate', 'deadline', 'datedue', 'requestedby', 'duedateyyyymmdd'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'auditornotes'],
};

const STATUS_WORDS: [RegExp, PbcStatus][] = [
  [/^(open|new|outstanding|requested|not started|to do|todo|pending)$/, 'open'],
  [/^(in progress|wip|working|started|partially provided|partial)$/, 'in-progress'],
  [/^(provided|submitted|delivered|sent|uploaded|received)$/, 'provided'],
  [/^(accepted|closed|complete|completed|done|cleared|approved)$/, 'accepted'],
  [/^(n\/a|na|not applicable|not-applicable|withdrawn|cancelled)$/, 'not-applicable'],
];

const MAX_TEXT = 5 * 1024 * 1024;
const MAX_ROWS = 5000;

function normalise(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function parse(text: string): string[][] {
  if (text.length > MAX_TEXT) throw new ApiError('BAD_ARGUMENT', 'The file is larger than 5 MB; a request list is usually far smaller. Check that this is the right file.');
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = result.data.filter((row) => Array.isArray(row));
  if (rows.length === 0) throw new ApiError('BAD_ARGUMENT', 'The file has no rows. Export the request list as CSV with a header row, then try again.');
  if (rows.length - 1 > MAX_ROWS) throw new ApiError('BAD_ARGUMENT', `The file has ${rows.length - 1} rows; at most ${MAX_ROWS} requests can be imported at once. Split the file and import each part.`);
  return rows.map((row) => row.map((cell) => String(cell ?? '').trim()));
}

/** The header, the first rows and a guessed mapping, so the user can confirm which column is which. */
export function previewPbcCsv(text: string): PbcImportPreview {
  const [headers = [], ...rows] = parse(text);
  const used = new Set<number>();
  const suggested = {} as Record<PbcField, number | null>;
  // Most specific fields first, so "Request ID" goes to reference and "Request" to the request text.
  for (const field of ['reference', 'dueDate', 'status', 'owner', 'notes', 'request'] as PbcField[]) {
    const index = headers.findIndex((header, i) => !used.has(i) && SYNONYMS[field].includes(normalise(header)));
    suggested[field] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return { headers, rows: rows.slice(0, 5), rowCount: rows.length, suggested };
}

export interface PbcImportRows {
  inputs: { row: number; input: PbcInput }[];
  problems: { row: number; message: string }[];
}

/** Turns the rows into requests with the chosen mapping; rows it cannot use are reported, never dropped silently. */
export function readPbcCsv(text: string, mapping: Record<PbcField, number | null>): PbcImportRows {
  if (mapping.request === null) throw new ApiError('BAD_ARGUMENT', 'Choose which column holds the request text; it is the one column every request needs.');
  const [, ...rows] = parse(text);
  const inputs: PbcImportRows['inputs'] = [];
  const problems: PbcImportRows['problems'] = [];
  const cell = (row: string[], field: PbcField) => {
    const index = mapping[field];
    return index === null ? '' : (row[index] ?? '');
  };
  rows.forEach((row, i) => {
    const rowNumber = i + 2; // 1-based, after the header row: what a spreadsheet shows.
    const request = cell(row, 'request');
    if (!request) {
      problems.push({ row: rowNumber, message: 'No request text, so the row was not imported.' });
      return;
    }
    let status: PbcStatus = 'open';
    const statusText = cell(row, 'status').toLowerCase();
    if (statusText) {
      const match = STATUS_WORDS.find(([pattern]) => pattern.test(statusText));
      if (match) status = match[1];
      else problems.push({ row: rowNumber, message: `Status "${cell(row, 'status')}" is not one this app knows; imported as open.` });
    }
    let dueDate: string | null = null;
    const dueText = cell(row, 'dueDate');
    if (dueText) {
      const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(dueText);
      const date = iso ? `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}` : null;
      if (date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) dueDate = date;
      else problems.push({ row: rowNumber, message: `Due date "${dueText}" is not a date written as YYYY-MM-DD; imported without a due date.` });
    }
    inputs.push({
      row: rowNumber,
      input: { reference: cell(row, 'reference').slice(0, 100), request: request.slice(0, 5000), status, owner: cell(row, 'owner').slice(0, 200), dueDate, linkedEvidence: [], notes: cell(row, 'notes').slice(0, 5000), source: 'csv' },
    });
  });
  return { inputs, problems };
}
