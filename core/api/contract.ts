import type { z } from 'zod';
import { jobSchemas, type JobResults } from './schemas/jobs';
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
} as const;

export type ApiResults = WorkspaceResults & JobResults;

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
