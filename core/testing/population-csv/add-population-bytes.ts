import { createHash } from 'node:crypto';
import type { PopulationRow } from '../../../db/queries/populations';
import type { Workspace } from '../../../db/workspace';
import { ApiError } from '../../api/errors';
import { chooseEncoding, commitPopulation, parseNotes, type PopulationImportOutcome, type PopulationProvenance } from './import-population';
import type { FileFacts } from './inspect-file';
import { parseText } from './parse-rows';
import { detectBom, streamDecoder, Utf8Validator } from './text-encoding';

/**
 * Adds a population whose bytes are already in memory (small generated listings: the demo, tests).
 * Same encoding rules, parsing, notes and single transaction as a file import, done synchronously.
 */
export function addPopulationBytes(workspace: Workspace, request: PopulationProvenance & { fileName: string }, bytes: Buffer): PopulationImportOutcome {
  const bom = detectBom(bytes);
  let invalidUtf8: FileFacts['invalidUtf8'] = null;
  if (bom === null || bom.encoding === 'utf-8') {
    const validator = new Utf8Validator();
    validator.push(bytes);
    validator.end();
    if (validator.invalidAt !== null) invalidUtf8 = { offset: validator.invalidAt, line: bytes.subarray(0, validator.invalidAt).toString('latin1').split('\n').length };
  }
  const facts: FileFacts = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bom, invalidUtf8 };
  const { encoding, skip, notes } = chooseEncoding(facts, 'auto');
  const decoder = streamDecoder(encoding);
  const text = decoder.decode(bytes.subarray(skip)) + decoder.end();
  const rows: PopulationRow[] = [];
  const parsed = parseText(text, (row) => rows.push(row));
  if (parsed.headers.length === 0) throw new ApiError('BAD_ARGUMENT', `${request.fileName} has no header row.`);
  const allNotes = [...notes, ...parseNotes(parsed)];
  const populationId = commitPopulation(workspace, request, facts, encoding, parsed, allNotes, rows);
  return { populationId, rowCount: parsed.rowCount, encoding, notes: allNotes };
}
