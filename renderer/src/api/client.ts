import type { ApiArgs, ApiMethod, ApiResult } from '../../../core/api/contract';
import type { ApiErrorCode } from '../../../core/api/errors';
import type { ApiTransport } from './transport';

/** An API failure on the UI side, with the stable code the UI can react to. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  kind: ApiTransport['kind'];
  call<M extends ApiMethod>(method: M, ...args: Record<never, never> extends ApiArgs<M> ? [args?: ApiArgs<M>] : [args: ApiArgs<M>]): Promise<ApiResult<M>>;
}

export function createApiClient(transport: ApiTransport): ApiClient {
  return {
    kind: transport.kind,
    async call(method, ...args) {
      const response = await transport.send(method, args[0] ?? {});
      if (response.ok) return response.value as never;
      throw new ApiCallError(response.error.code, response.error.message);
    },
  };
}
