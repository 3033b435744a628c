import type { ApiResponse } from '../core/api/errors';

/**
 * The messages between the main process and the utility process that hosts core/. Both ends import
 * this file so the shapes cannot drift; both also check what arrives, because a message is only
 * structured-cloned data by the time it lands.
 */

export interface CoreCallMessage {
  type: 'call';
  id: number;
  method: string;
  args: unknown;
}

/** Asks the host to finish in-flight calls, close the workspace file and exit. */
export interface CoreShutdownMessage {
  type: 'shutdown';
}

export type ToCoreMessage = CoreCallMessage | CoreShutdownMessage;

export interface CoreResultMessage {
  type: 'result';
  id: number;
  response: ApiResponse<unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isToCoreMessage(value: unknown): value is ToCoreMessage {
  if (!isRecord(value)) return false;
  if (value['type'] === 'shutdown') return true;
  return value['type'] === 'call' && Number.isSafeInteger(value['id']) && typeof value['method'] === 'string';
}

export function isCoreResultMessage(value: unknown): value is CoreResultMessage {
  if (!isRecord(value) || value['type'] !== 'result' || !Number.isSafeInteger(value['id'])) return false;
  const response = value['response'];
  return isRecord(response) && typeof response['ok'] === 'boolean';
}

/** How the main process tells the utility process where settings (recent files, demo) live. */
export const SETTINGS_DIR_FLAG = '--soc2-settings-dir=';

export function settingsDirFromArgv(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith(SETTINGS_DIR_FLAG));
  const value = arg?.slice(SETTINGS_DIR_FLAG.length) ?? '';
  return value === '' ? null : value;
}
