import type { CsvColumnField, CsvRowProblem } from '../api/scope-types';
import type { CsvRecord } from './parse-csv';

type FieldKind = { kind: 'text'; maxLength: number } | { kind: 'choice'; choices: readonly string[]; aliases: Readonly<Record<string, string>> } | { kind: 'date' } | { kind: 'boolean' };

/** One importable field: how its column is recognised and how a cell is read. */
export interface CsvField<K extends string> {
  key: K;
  label: string;
  required: boolean;
  example: string;
  /** Other header names that mean this field, compared after normalising case and punctuation. */
  synonyms: readonly string[];
  type: FieldKind;
}

export type CellValue = string | boolean | null;

/** A row whose every cell could be read; `raw` keeps the original cells for later problem reports. */
export interface ValidRow<K extends string> {
  line: number;
  values: Record<K, CellValue>;
  raw: string[];
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function describeFields<K extends string>(fields: readonly CsvField<K>[]): CsvColumnField[] {
  return fields.map((field) => ({ key: field.key, label: field.label, required: field.required, example: field.example, choices: field.type.kind === 'choice' ? [...field.type.choices] : null }));
}

/**
 * Guesses which column holds each field: an exact match on the label, key or a synonym first, then a
 * header that contains one of them. Each column is used for one field at most.
 */
export function guessMapping<K extends string>(headers: readonly string[], fields: readonly CsvField<K>[]): Record<K, number | null> {
  const names = headers.map(normalise);
  const used = new Set<number>();
  const mapping = {} as Record<K, number | null>;
  const candidates = (field: CsvField<K>) => [field.label, field.key, ...field.synonyms].map(normalise).filter((name) => name !== '');
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of fields) {
      if (mapping[field.key] !== undefined && mapping[field.key] !== null) continue;
      const wanted = candidates(field);
      const index = names.findIndex((name, i) => !used.has(i) && wanted.some((candidate) => (pass === 'exact' ? name === candidate : name.length > 2 && (name.includes(candidate) || candidate.includes(name)))));
      mapping[field.key] = index >= 0 ? index : null;
      if (index >= 0) used.add(index);
    }
  }
  return mapping;
}

/** Problems with a mapping as a whole: required fields left unmapped, a column used twice, a column that does not exist. */
export function mappingProblems<K extends string>(mapping: Readonly<Record<string, number | null>>, fields: readonly CsvField<K>[], headers: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const field of fields) {
    const index = mapping[field.key] ?? null;
    if (index === null) {
      if (field.required) problems.push(`Choose the column that holds “${field.label}”.`);
      continue;
    }
    if (!Number.isInteger(index) || index < 0 || index >= headers.length) {
      problems.push(`“${field.label}” points at a column the file does not have.`);
      continue;
    }
    const other = seen.get(index);
    if (other) problems.push(`Column “${headers[index]}” is chosen for both “${other}” and “${field.label}”.`);
    seen.set(index, field.label);
  }
  return problems;
}

function readCell(field: CsvField<string>, raw: string): { value: CellValue } | { error: string } {
  const text = raw.trim();
  const type = field.type;
  if (text === '') return field.required ? { error: `${field.label} is empty` } : { value: type.kind === 'boolean' ? false : type.kind === 'date' ? null : '' };
  switch (type.kind) {
    case 'text':
      return text.length > type.maxLength ? { error: `${field.label} is longer than ${type.maxLength} characters` } : { value: text };
    case 'choice': {
      const key = text.toLowerCase().replace(/[\s_]+/g, '-');
      const value = type.choices.includes(key) ? key : type.aliases[normalise(text)];
      return value ? { value } : { error: `${field.label} “${text}” is not one of: ${type.choices.join(', ')}` };
    }
    case 'date': {
      const match = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(text);
      const date = match?.[1];
      if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || !new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) {
        return { error: `${field.label} “${text}” is not a date written as YYYY-MM-DD` };
      }
      return { value: date };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (['yes', 'y', 'true', '1', 'x'].includes(word)) return { value: true };
      if (['no', 'n', 'false', '0', '-'].includes(word)) return { value: false };
      return { error: `${field.label} “${text}” should be yes or no` };
    }
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/**
 * Reads every row with the chosen mapping. A row with any unreadable cell is returned as a problem
 * (with its row number, the reasons and its original cells), never dropped silently.
 */
export function readRows<K extends string>(rows: readonly CsvRecord[], fields: readonly CsvField<K>[], mapping: Readonly<Record<string, number | null>>): { valid: ValidRow<K>[]; problems: CsvRowProblem[] } {
  const valid: ValidRow<K>[] = [];
  const problems: CsvRowProblem[] = [];
  for (const row of rows) {
    const values = {} as Record<K, CellValue>;
    const errors: string[] = [];
    for (const field of fields) {
      const index = mapping[field.key] ?? null;
      const cell = readCell(field, index === null ? '' : (row.values[index] ?? ''));
      if ('error' in cell) errors.push(cell.error);
      else values[field.key] = cell.value;
    }
    if (errors.length > 0) problems.push({ line: row.line, message: errors.join('; '), values: row.values });
    else valid.push({ line: row.line, values, raw: row.values });
  }
  return { valid, problems };
}
