import type { CsvPreviewView, CsvRowProblem } from '../api/scope-types';
import { ApiError } from '../api/errors';
import { describeFields, guessMapping, mappingProblems, readRows, type CsvField, type ValidRow } from './csv-fields';
import { parseCsv } from './parse-csv';

const SAMPLE_ROWS = 5;

/** What the file holds and how its columns will probably map, shown before anything is imported. */
export function previewCsv<K extends string>(text: string, fields: readonly CsvField<K>[]): CsvPreviewView {
  const parsed = parseCsv(text);
  return {
    headers: parsed.headers,
    rowCount: parsed.rows.length,
    sample: parsed.rows.slice(0, SAMPLE_ROWS).map((row) => row.values),
    fields: describeFields(fields),
    mapping: guessMapping(parsed.headers, fields),
    problems: parsed.problems,
  };
}

/**
 * Reads a CSV file with the mapping the person chose. A mapping that cannot work (a required field
 * without a column) is refused as a whole; otherwise every row is either valid or reported with its
 * row number and reason.
 */
export function readCsvForImport<K extends string>(text: string, fields: readonly CsvField<K>[], mapping: Readonly<Record<string, number | null>>): { valid: ValidRow<K>[]; problems: CsvRowProblem[] } {
  const parsed = parseCsv(text);
  if (parsed.headers.length === 0) throw new ApiError('BAD_ARGUMENT', `${parsed.problems[0] ?? 'The file is empty.'} Choose a CSV file with a header row.`);
  const unknownKeys = Object.keys(mapping).filter((key) => !fields.some((field) => field.key === key));
  if (unknownKeys.length > 0) throw new ApiError('BAD_ARGUMENT', `Unknown field(s) in the column mapping: ${unknownKeys.join(', ')}.`);
  const problems = mappingProblems(mapping, fields, parsed.headers);
  if (problems.length > 0) throw new ApiError('BAD_ARGUMENT', problems.join(' '));
  return readRows(parsed.rows, fields, mapping);
}
