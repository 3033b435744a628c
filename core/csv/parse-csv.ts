import Papa from 'papaparse';

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  line: number;
  values: string[];
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRecord[];
  /** Problems with the file as a whole or with particular rows, in plain words. */
  problems: string[];
}

/** Whatever spreadsheet or tool wrote it: BOM stripped, delimiter detected (comma, semicolon, tab, pipe). */
export function parseCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { headers: [], rows: [], problems: ['The file is empty.'] };
  // Blank lines confuse delimiter detection, yet must be kept while parsing so row numbers match the
  // file; so the delimiter is detected on a preview without them, then the whole file is parsed.
  const { delimiter } = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy', preview: 50, delimitersToGuess: [',', ';', '\t', '|'] }).meta;
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter });
  const records = result.data.map((values, index) => ({ line: index + 1, values: values.map((value) => (typeof value === 'string' ? value : String(value ?? ''))) }));
  const nonBlank = records.filter((record) => record.values.some((value) => value.trim() !== ''));
  const [header, ...rows] = nonBlank;
  if (!header) return { headers: [], rows: [], problems: ['The file has no header row.'] };
  const headers = header.values.map((value, index) => value.trim() || `Column ${index + 1}`);
  const problems = result.errors
    // A file without any delimiter is a one-column file, not an error worth reporting.
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => (error.row !== undefined && error.row !== null ? `Row ${error.row + 1}: ${error.message}` : error.message));
  return { headers, rows, problems };
}
