import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { isApiMethod } from '../core/api/dispatch';
import type { ApiResponse } from '../core/api/errors';
import type { WorkspaceSummary } from '../core/api/types';
import { isAppUrl } from './app-url';
import { IPC_CHANNELS } from './ipc-channels';
import { parseWorkspacePurpose, type WorkspacePurpose } from './workspace-dialogs';

export interface IpcDependencies {
  core: { call(method: string, args: unknown): Promise<ApiResponse<unknown>> };
  chooseWorkspace(parent: BrowserWindow | null, purpose: WorkspacePurpose): Promise<string | null>;
  openExternal(url: unknown, parent: BrowserWindow | null): Promise<boolean>;
  /** The page in `contents` now listens for menu commands. */
  onShellReady(contents: WebContents): void;
  /** A workspace was opened (its path) or closed (null), so the shell can update title and menus. */
  onWorkspaceChanged?(path: string | null): void;
}

const UNAUTHORIZED: ApiResponse<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'This request did not come from the SOC 2 Workbench window and was refused.' },
};

const OPENING_METHODS: ReadonlySet<string> = new Set(['workspace.open', 'workspace.create', 'workspace.openDemo']);

/**
 * Only the top-level frame of the app's own page may use the API. A frame that navigated elsewhere, a
 * subframe, or a frame already gone (senderFrame null) is refused, whatever it sends.
 */
export function isTrustedSender(event: { senderFrame: WebFrameMain | null }): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

function windowOf(event: IpcMainInvokeEvent | IpcMainEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

function unknownMethod(method: unknown): ApiResponse<never> {
  const name = typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : 'given';
  return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no API method named ${name}.` } };
}

/**
 * Wires the renderer's requests to the main process. The API channel only checks who is asking and
 * whether the method exists, then relays to the core process, which validates the arguments against
 * the contract's schemas. Nothing here throws back into the renderer: every refusal is data.
 * Returns a function that removes the handlers again.
 */
export function registerIpcHandlers(deps: IpcDependencies): () => void {
  ipcMain.handle(IPC_CHANNELS.api, async (event, method: unknown, args: unknown): Promise<ApiResponse<unknown>> => {
    if (!isTrustedSender(event)) return UNAUTHORIZED;
    if (!isApiMethod(method)) return unknownMethod(method);
    const response = await deps.core.call(method, args);
    if (response.ok && OPENING_METHODS.has(method)) {
      const openedPath = (response.value as Partial<WorkspaceSummary> | null)?.path;
      if (typeof openedPath === 'string') deps.onWorkspaceChanged?.(openedPath);
    }
    if (response.ok && method === 'workspace.close') deps.onWorkspaceChanged?.(null);
    return response;
  });

  ipcMain.handle(IPC_CHANNELS.chooseWorkspace, async (event, request: unknown): Promise<string | null> => {
    if (!isTrustedSender(event)) return null;
    const purpose = parseWorkspacePurpose(request);
    if (purpose === null) return null;
    return deps.chooseWorkspace(windowOf(event), purpose);
  });

  ipcMain.handle(IPC_CHANNELS.openExternal, async (event, url: unknown): Promise<boolean> => {
    if (!isTrustedSender(event)) return false;
    return deps.openExternal(url, windowOf(event));
  });

  const onShellReady = (event: IpcMainEvent) => {
    if (isTrustedSender(event)) deps.onShellReady(event.sender);
  };
  ipcMain.on(IPC_CHANNELS.shellReady, onShellReady);

  return () => {
    ipcMain.removeHandler(IPC_CHANNELS.api);
    ipcMain.removeHandler(IPC_CHANNELS.chooseWorkspace);
    ipcMain.removeHandler(IPC_CHANNELS.openExternal);
    ipcMain.removeListener(IPC_CHANNELS.shellReady, onShellReady);
  };
}
