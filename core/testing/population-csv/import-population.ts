import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPopulationBySha256, insertPopulation, populationRowInserter, setPopulationControls, type PopulationEncoding, type PopulationRow } from '../../../db/queries/populations';
import type { Workspace } from '../../../db/workspace';
import { ApiError } from '../../api/errors';
import type { JobContext } from '../../jobs/job-runner';
import { inspectFile, type FileFacts } from './inspect-file';
import { LISTED_PROBLEMS, parseRows, type ParseOutcome } from './parse-rows';

export interface PopulationProvenance {
  name: string;
  sourceSystem: string;
  query: string;
  ranBy: string;
  ranOn: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  controlIds: number[];
}

export interface PopulationImportRequest extends PopulationProvenance {
  filePath: string;
  /** The name the user knows the file by (an upload has a temporary path). */
  fileName: string;
  encoding: 'auto' | PopulationEncoding;
}

export interface PopulationImportOutcome {
  populationId: number;
  rowCount: number;
  encoding: PopulationEncoding;
  notes: string[];
}

/** Largest population file accepted: a listing, not a data warehouse; far above 100 000 rows. */
export const MAX_POPULATION_BYTES = 512 * 1024 * 1024;

const plural = (count: number, word: string) => `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;

export function chooseEncoding(facts: FileFacts, requested: PopulationImportRequest['encoding']): { encoding: PopulationEncoding; skip: number; notes: string[] } {
  const notes: string[] = [];
  const bom = facts.bom;
  if (bom && bom.encoding !== 'utf-8') {
    notes.push(`The file is ${bom.encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'}, as Excel’s “Unicode text” writes, and was read as such.`);
    return { encoding: bom.encoding, skip: bom.length, notes };
  }
  const skip = bom?.length ?? 0;
  if (bom) notes.push('The file starts with a UTF-8 byte-order mark (Excel’s “CSV UTF-8” writes one). It was skipped when reading; the SHA-256 is of the file exactly as received.');
  const invalid = facts.invalidUtf8;
  if (requested === 'windows-1252') {
    notes.push('Read as Windows-1252, as chosen.');
    return { encoding: 'windows-1252', skip, notes };
  }
  if (invalid === null) return { encoding: 'utf-8', skip, notes };
  const where = `line ${invalid.line.toLocaleString('en-GB')}, byte ${invalid.offset.toLocaleString('en-GB')}`;
  if (requested === 'utf-8') {
    throw new ApiError('BAD_ARGUMENT', `The file is not valid UTF-8: the first byte that is not is on ${where}. It was probably saved as Windows-1252 (Excel’s plain “CSV” on Windows): import it again with the encoding set to Windows-1252 or to “detect”, or save it as “CSV UTF-8” first. Nothing was imported.`);
  }
  notes.push(`The file is not valid UTF-8 (first on ${where}), so it was read as Windows-1252, the encoding Excel uses for plain “CSV” on Windows. Check that names with accents look right in the rows; if they do not, save the file as “CSV UTF-8” and import it again.`);
  return { encoding: 'windows-1252', skip, notes };
}

export function parseNotes(parsed: ParseOutcome): string[] {
  const notes: string[] = [];
  if (parsed.raggedCount > 0) {
    notes.push(`${plural(parsed.raggedCount, 'row')} ${parsed.raggedCount === 1 ? 'has' : 'have'} a different number of cells from the header. They were kept exactly as read (check them before sampling):`);
    for (const problem of parsed.ragged) notes.push(`Line ${problem.line} (row ${problem.row ?? '?'}): ${problem.problem}.`);
    if (parsed.raggedCount > parsed.ragged.length) notes.push(`…and ${plural(parsed.raggedCount - parsed.ragged.length, 'more row')} like these (only the first ${LISTED_PROBLEMS} are listed).`);
  }
  for (const problem of parsed.quoting) notes.push(`Line ${problem.line}: ${problem.problem}. A quote that is never closed joins the lines after it into one cell; check the row count against the source system.`);
  if (parsed.blankLinesSkipped > 0) notes.push(`${plural(parsed.blankLinesSkipped, 'blank line')} between rows ${parsed.blankLinesSkipped === 1 ? 'was' : 'were'} skipped.`);
  if (parsed.rowCount === 0) notes.push('The file has a header but no rows: nothing of this kind happened in its range. If that is so, record it under Period coverage as “did not occur”, with evidence.');
  return notes;
}

/** Rows waiting to be written, one JSON line each in a temporary file, so memory does not grow with the file. */
class RowStaging {
  readonly file = path.join(os.tmpdir(), `soc2-population-${randomUUID()}.ndjson`);
  private readonly fd = fs.openSync(this.file, 'w', 0o600);
  private buffer: string[] = [];
  private size = 0;

  add(row: PopulationRow): void {
    const line = `${JSON.stringify([row.rowNumber, row.lineNumber, row.cells])}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1024 * 1024) this.flush();
  }

  flush(): void {
    if (this.buffer.length > 0) fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  /** Reads the rows back in order, a block at a time (synchronously: it runs inside one transaction). */
  *rows(): Generator<PopulationRow> {
    this.flush();
    const fd = fs.openSync(this.file, 'r');
    try {
      const block = Buffer.alloc(1024 * 1024);
      let carry = '';
      for (let read = fs.readSync(fd, block); read > 0; read = fs.readSync(fd, block)) {
        const lines = (carry + block.toString('utf8', 0, read)).split('\n');
        carry = lines.pop() ?? '';
        for (const line of lines) if (line) yield toRow(line);
      }
      if (carry) yield toRow(carry);
    } finally {
      fs.closeSync(fd);
    }
  }

  dispose(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(this.file, { force: true });
  }
}

function toRow(line: string): PopulationRow {
  const [rowNumber, lineNumber, cells] = JSON.parse(line) as [number, number, string[]];
  return { rowNumber, lineNumber, cells };
}

/**
 * Imports a CSV population as one job: pass 1 hashes the file and checks its encoding, pass 2 parses
 * it in a stream into a temporary file, and one transaction then writes the population, its rows and
 * the activity-log entry. Cancelling (or a failure) at any point leaves the workspace as it was.
 */
export async function importPopulation(workspace: Workspace, request: PopulationImportRequest, job: JobContext): Promise<PopulationImportOutcome> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(request.filePath);
  } catch {
    throw new ApiError('BAD_ARGUMENT', `The file ${request.fileName} cannot be found or read. Check the path and that the file is not open in another program, then try again.`);
  }
  if (!stat.isFile()) throw new ApiError('BAD_ARGUMENT', `${request.fileName} is a folder, not a CSV file.`);
  if (stat.size > MAX_POPULATION_BYTES) throw new ApiError('BAD_ARGUMENT', `${request.fileName} is ${Math.round(stat.size / 1048576)} MB; population files up to ${MAX_POPULATION_BYTES / 1048576} MB can be imported. Export only the period under review, or split the listing.`);
  if (stat.size === 0) throw new ApiError('BAD_ARGUMENT', `${request.fileName} is empty. Export the listing again, with its column headings in the first row.`);
  const total = stat.size * 2;

  job.progress(0, total, 'Checking the file (fingerprint and encoding)…');
  const facts = await inspectFile(request.filePath, { signal: job.signal, onBytes: (done) => job.progress(done, total, 'Checking the file (fingerprint and encoding)…') });
  job.throwIfCancelled();
  const duplicate = workspace.read((db) => findPopulationBySha256(db, facts.sha256));
  if (duplicate) throw new ApiError('BAD_ARGUMENT', `This exact file (same SHA-256) is already imported as population POP-${duplicate.id}, “${duplicate.name}”. Nothing was imported again.`);
  const { encoding, skip, notes } = chooseEncoding(facts, request.encoding);

  const staging = new RowStaging();
  try {
    let rows = 0;
    const parsed = await parseRows(request.filePath, {
      encoding,
      skip,
      signal: job.signal,
      onBytes: (done) => job.progress(stat.size + done, total, `Reading rows… ${rows.toLocaleString('en-GB')} so far`),
      onRow: (row) => {
        rows += 1;
        staging.add(row);
      },
    });
    job.throwIfCancelled();
    if (parsed.headers.length === 0) throw new ApiError('BAD_ARGUMENT', `${request.fileName} has no header row (it holds only blank lines). Export the listing again with its column headings in the first row.`);
    const allNotes = [...notes, ...parseNotes(parsed)];
    job.progress(total, total, `Saving ${plural(parsed.rowCount, 'row')}…`);
    if (!workspace.isOpen) throw new ApiError('CANCELLED', 'The workspace was closed, so nothing was imported.');
    const populationId = commitPopulation(workspace, request, facts, encoding, parsed, allNotes, staging.rows());
    return { populationId, rowCount: parsed.rowCount, encoding, notes: allNotes };
  } finally {
    staging.dispose();
  }
}

/** Writes the population, its rows and the activity-log entry in one transaction. */
export function commitPopulation(
  workspace: Workspace,
  request: PopulationProvenance & { fileName: string },
  facts: Pick<FileFacts, 'sha256' | 'bytes' | 'bom'>,
  encoding: PopulationEncoding,
  parsed: ParseOutcome,
  notes: string[],
  rows: Iterable<PopulationRow>,
): number {
  return workspace.write(
    {
      action: 'population.import',
      subject: 'population',
      details: { name: request.name, file: request.fileName, sha256: facts.sha256, bytes: facts.bytes, rows: parsed.rowCount, encoding, source: request.sourceSystem, covers: [request.coversFrom, request.coversTo] },
    },
    (db) => {
      const id = insertPopulation(db, {
        name: request.name,
        sourceSystem: request.sourceSystem,
        query: request.query,
        ranBy: request.ranBy,
        ranOn: request.ranOn,
        coversFrom: request.coversFrom,
        coversTo: request.coversTo,
        fileName: request.fileName,
        fileSha256: facts.sha256,
        fileBytes: facts.bytes,
        encoding,
        hadBom: facts.bom !== null,
        delimiter: parsed.delimiter,
        headers: parsed.headers,
        rowCount: parsed.rowCount,
        importNotes: notes,
        importedBy: workspace.actor,
        importedAt: workspace.now(),
      });
      const insert = populationRowInserter(db, id);
      for (const row of rows) insert(row);
      setPopulationControls(db, id, request.controlIds);
      return id;
    },
  );
}
