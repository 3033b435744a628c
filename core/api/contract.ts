import type { z } from 'zod';
import { auditSchemas, type AuditResults } from './schemas/audit';
import { catalogSchemas, type CatalogResults } from './schemas/catalog';
import { controlImplementationSchemas, type ControlImplementationResults } from './schemas/control-implementation';
import { evidenceSchemas, type EvidenceResults } from './schemas/evidence';
import { gapSchemas, type GapResults } from './schemas/gaps';
import { jobSchemas, type JobResults } from './schemas/jobs';
import { librarySchemas, type LibraryResults } from './schemas/library';
import { policySchemas, type PolicyResults } from './schemas/policies';
import { reviewSchemas, type ReviewResults } from './schemas/review';
import { scopeSchemas, type ScopeResults } from './schemas/scope';
import { testingSchemas, type TestingResults } from './schemas/testing';
import { workspaceSchemas, type WorkspaceResults } from './schemas/workspace';

/**
 * The one door between any front end (Electron renderer, browser mode, tests) and the workspace.
 * Each method has a zod schema for its argument, checked on arrival before the handler runs, and a
 * result type. Methods are grouped by domain in schemas/<domain>.ts; to add one, declare it there
 * (schema + result type), implement it in handlers/<domain>.ts, and the preload, the HTTP host and
 * the typed client pick it up from this table.
 */
export const apiSchemas = {
  ...workspaceSchemas,
  ...jobSchemas,
  ...catalogSchemas,
  ...librarySchemas,
  ...scopeSchemas,
  ...gapSchemas,
  ...controlImplementationSchemas,
  ...policySchemas,
  ...auditSchemas,
  ...reviewSchemas,
  ...evidenceSchemas,
  ...testingSchemas,
} as const;

export type ApiResults = WorkspaceResults & JobResults & CatalogResults & LibraryResults & ScopeResults & GapResults & ControlImplementationResults & PolicyResults & AuditResults & ReviewResults & EvidenceResults & TestingResults;

export type ApiMethod = keyof typeof apiSchemas;

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

/** What callers pass (defaults may be omitted). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
/** What handlers receive after validation. */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

export type ApiHandlers = { [M in ApiMethod]: (args: ApiParsedArgs<M>) => Promise<ApiResult<M>> | ApiResult<M> };

/** Compile-time guard that every method has a result type and vice versa. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractIsComplete: Exact<ApiMethod, keyof ApiResults> = true;
void contractIsComplete;
