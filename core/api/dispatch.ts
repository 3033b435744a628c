import { ZodError } from 'zod';
import { WorkspaceError } from '../../db/errors';
import { apiSchemas, type ApiHandlers, type ApiMethod } from './contract';
import { ApiError, type ApiErrorData, type ApiResponse } from './errors';

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && hasOwn(apiSchemas, name);
}

/**
 * Runs one API call arriving from outside: checks the method name against the contract, validates the
 * argument with its schema, runs the handler and turns any failure into error data. Nothing thrown
 * here ever reaches a transport as an exception, and internal details (stack traces, SQL) never leave.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, rawArgs: unknown, log: (message: string) => void = console.error): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) {
    return failure({ code: 'UNKNOWN_METHOD', message: `There is no API method named ${JSON.stringify(String(method)).slice(0, 80)}.` });
  }
  const parsed = apiSchemas[method].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return failure({ code: 'BAD_ARGUMENT', message: describeZodError(parsed.error) });
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return failure(toErrorData(error, method, log));
  }
}

function failure(error: ApiErrorData): ApiResponse<never> {
  return { ok: false, error };
}

export function toErrorData(error: unknown, method: string, log: (message: string) => void): ApiErrorData {
  if (error instanceof ApiError || error instanceof WorkspaceError) return { code: error.code, message: error.message };
  if (error instanceof ZodError) return { code: 'BAD_ARGUMENT', message: describeZodError(error) };
  log(`[api] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { code: 'INTERNAL', message: 'Something went wrong inside the app. Your workspace was not changed by the failed action; try again, and if it keeps happening, note what you did and contact support.' };
}

function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
