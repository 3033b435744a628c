import fs from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { PopulationEncoding, PopulationRow } from '../../../db/queries/populations';
import { ApiError } from '../../api/errors';
import { READ_CHUNK_BYTES } from './inspect-file';
import { streamDecoder } from './text-encoding';

export interface RowProblem {
  line: number;
  row: number | null;
  problem: string;
}

export interface ParseOutcome {
  headers: string[];
  delimiter: string;
  rowCount: number;
  /** Rows whose number of cells differs from the header's: kept as read, and listed. */
  ragged: RowProblem[];
  raggedCount: number;
  /** Quoting problems papaparse reported (an unclosed quote swallows the rest of the file, so they matter). */
  quoting: RowProblem[];
  blankLinesSkipped: number;
}

/** Rows listed by line in the import notes; beyond that only the count is kept. */
export const LISTED_PROBLEMS = 50;

const DELIMITERS = [',', ';', '\t', '|'];

interface ParseOptions {
  encoding: PopulationEncoding;
  /** Bytes of byte-order mark to skip at the start. */
  skip: number;
  signal: AbortSignal;
  onBytes(done: number): void;
  onRow(row: PopulationRow): void;
}

/** Counts line breaks inside the cells of one record (a quoted cell may span lines), CRLF as one. */
function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    const matches = cell.match(/\r\n|\n|\r/g);
    if (matches) count += matches.length;
  }
  return count;
}

function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Turns parsed records into population rows: the first non-blank record is the header (names made
 * unique, blanks named "Column N"); blank lines are skipped (and counted when they sit between rows);
 * line numbers are the file's, counting line breaks inside quoted cells, so a reported line is where a
 * spreadsheet user finds it. Shared by the streaming import and the in-memory one.
 */
export class RowCollector {
  readonly outcome: ParseOutcome;
  private line = 1;
  private pendingBlank = 0;
  private haveHeader = false;

  constructor(
    delimiter: string,
    private readonly onRow: (row: PopulationRow) => void,
  ) {
    this.outcome = { headers: [], delimiter, rowCount: 0, ragged: [], raggedCount: 0, quoting: [], blankLinesSkipped: 0 };
  }

  add(data: unknown, errors: readonly Papa.ParseError[]): void {
    const outcome = this.outcome;
    const cells = (data as unknown[]).map((cell) => (typeof cell === 'string' ? cell : String(cell ?? '')));
    const startLine = this.line;
    this.line += 1 + lineBreaks(cells);
    for (const error of errors) {
      if (error.type === 'Quotes' && outcome.quoting.length < LISTED_PROBLEMS) outcome.quoting.push({ line: startLine, row: this.haveHeader ? outcome.rowCount + 1 : null, problem: error.message });
    }
    if (cells.every((cell) => cell.trim() === '')) {
      if (this.haveHeader) this.pendingBlank += 1;
      return;
    }
    outcome.blankLinesSkipped += this.pendingBlank;
    this.pendingBlank = 0;
    if (!this.haveHeader) {
      this.haveHeader = true;
      outcome.headers = uniqueHeaders(cells);
      return;
    }
    outcome.rowCount += 1;
    if (cells.length !== outcome.headers.length) {
      outcome.raggedCount += 1;
      if (outcome.ragged.length < LISTED_PROBLEMS) outcome.ragged.push({ line: startLine, row: outcome.rowCount, problem: `${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${outcome.headers.length}` });
    }
    this.onRow({ rowNumber: outcome.rowCount, lineNumber: startLine, cells });
  }
}

export function guessDelimiterOf(head: string): string {
  const guess = Papa.parse<string[]>(head, { header: false, skipEmptyLines: 'greedy', preview: 50, delimitersToGuess: DELIMITERS });
  return guess.meta.delimiter || ',';
}

/** The delimiter, guessed from the start of the file the way parse-csv does for smaller imports. */
async function guessDelimiter(filePath: string, options: Pick<ParseOptions, 'encoding' | 'skip'>): Promise<string> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, options.skip);
    return guessDelimiterOf(streamDecoder(options.encoding).decode(buffer.subarray(0, bytesRead)));
  } finally {
    await handle.close();
  }
}

/** Parses text already in memory (small generated listings: the demo, tests). */
export function parseText(text: string, onRow: (row: PopulationRow) => void): ParseOutcome {
  const collector = new RowCollector(guessDelimiterOf(text.slice(0, 64 * 1024)), onRow);
  Papa.parse<string[]>(text, { header: false, delimiter: collector.outcome.delimiter, skipEmptyLines: false, step: (results) => collector.add(results.data, results.errors) });
  return collector.outcome;
}

/**
 * Second pass of an import: decodes the file in chunks and parses it with papaparse's streaming
 * parser, handing each data row to `onRow` as it is read, so memory stays bounded however many rows
 * there are.
 */
export async function parseRows(filePath: string, options: ParseOptions): Promise<ParseOutcome> {
  const collector = new RowCollector(await guessDelimiter(filePath, options), options.onRow);

  async function* decoded(): AsyncGenerator<string> {
    const decoder = streamDecoder(options.encoding);
    const stream = fs.createReadStream(filePath, { start: options.skip, highWaterMark: READ_CHUNK_BYTES });
    let done = options.skip;
    try {
      for await (const raw of stream) {
        if (options.signal.aborted) return;
        const chunk = raw as Buffer;
        done += chunk.length;
        options.onBytes(done);
        const text = decoder.decode(chunk);
        if (text) yield text;
      }
    } finally {
      stream.destroy();
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }

  const input = Readable.from(decoded());
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    Papa.parse<string[]>(input as unknown as File, {
      header: false,
      delimiter: collector.outcome.delimiter,
      skipEmptyLines: false,
      step: (results, parser) => {
        if (options.signal.aborted) {
          parser.abort();
          return settle(new ApiError('CANCELLED', 'Cancelled. Nothing was imported.'));
        }
        try {
          collector.add(results.data, results.errors);
        } catch (error) {
          parser.abort();
          settle(error);
        }
      },
      complete: () => settle(options.signal.aborted ? new ApiError('CANCELLED', 'Cancelled. Nothing was imported.') : undefined),
      error: (error: unknown) => settle(error),
    });
  });
  return collector.outcome;
}
