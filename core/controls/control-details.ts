import { z } from 'zod';
import type { ControlImplementationRecord } from '../../db/queries/control-implementation';
import { TEST_METHODS, type ControlImplementationView, type TestProcedureView } from '../api/control-types';
import type { CatalogControl } from '../catalog/catalog-schema';

const procedureSchema = z.object({ methods: z.array(z.enum(TEST_METHODS)).min(1), steps: z.array(z.string()).min(1) }).strict();
const evidenceSchema = z.array(z.string());

/** Reads a stored JSON column; anything unreadable (a file edited outside the app) falls back to the library's value. */
function parseStored<T>(json: string | null, schema: z.ZodType<T>): T | null {
  if (json === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ResolvedDetails {
  key: boolean;
  testProcedure: TestProcedureView;
  suggestedEvidence: string[];
  customised: ControlImplementationView['customised'];
}

const EMPTY_PROCEDURE: TestProcedureView = { methods: [], steps: [] };

/**
 * The key flag, readiness-test procedure and suggested evidence of a control: the stored value once
 * edited, otherwise the library's (the engagement's own catalog copy, which never changes). A control
 * written for the engagement starts as supporting, with no procedure or evidence until they are written.
 */
export function resolveDetails(stored: ControlImplementationRecord | undefined, source: CatalogControl | undefined): ResolvedDetails {
  const ownProcedure = parseStored(stored?.testProcedure ?? null, procedureSchema);
  const ownEvidence = parseStored(stored?.suggestedEvidence ?? null, evidenceSchema);
  const ownKey = stored?.key ?? null;
  const libraryProcedure: TestProcedureView = source ? { methods: [...source.testProcedure.methods], steps: [...source.testProcedure.steps] } : EMPTY_PROCEDURE;
  const customised: ResolvedDetails['customised'] = [];
  if (ownKey !== null && ownKey !== (source?.key ?? false)) customised.push('key');
  if (ownProcedure !== null && JSON.stringify(ownProcedure) !== JSON.stringify(libraryProcedure)) customised.push('testProcedure');
  if (ownEvidence !== null && JSON.stringify(ownEvidence) !== JSON.stringify(source?.suggestedEvidence ?? [])) customised.push('suggestedEvidence');
  return {
    key: ownKey ?? source?.key ?? false,
    testProcedure: ownProcedure ?? libraryProcedure,
    suggestedEvidence: ownEvidence ?? [...(source?.suggestedEvidence ?? [])],
    customised,
  };
}

/** The ID a control is shown under: its library ID, or C-<n> for one written for this engagement. */
export function controlRef(control: { id: number; catalogControlId: string | null }): string {
  return control.catalogControlId ?? `C-${control.id}`;
}
