import Papa from 'papaparse';

/**
 * A cell that starts with =, +, -, @ (or a tab / carriage return) is run as a formula by spreadsheet
 * programs. Exported text is user-written, so such cells get a leading apostrophe, which spreadsheets
 * show as plain text.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte-order mark (for spreadsheet programs). */
export function writeCsv(headings: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => neutraliseFormula(cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : String(cell))));
  return `\uFEFF${Papa.unparse({ fields: [...headings], data: cells }, { newline: '\r\n', quotes: false })}\r\n`;
}
