import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';

export type WorkspacePurpose = 'open' | 'create';

const WORKSPACE_FILTERS = [{ name: 'SOC 2 Workbench workspace', extensions: ['soc2'] }];

/** Reads `{purpose}` as sent by the renderer; anything else is refused rather than guessed. */
export function parseWorkspacePurpose(raw: unknown): WorkspacePurpose | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const purpose = (raw as { purpose?: unknown }).purpose;
  return purpose === 'open' || purpose === 'create' ? purpose : null;
}

/** Some Linux save dialogs return the name exactly as typed, without the filter's extension. */
export function withWorkspaceExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith('.soc2') ? filePath : `${filePath}.soc2`;
}

function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

/**
 * Native dialog for choosing a workspace file. The path comes from the operating system's dialog,
 * not from the page, so the renderer never invents file paths. Resolves to null when cancelled.
 * Overwrite confirmation is left off for "create": core refuses an existing file (WORKSPACE_EXISTS)
 * rather than replacing it, so a "Replace?" prompt would promise something that never happens.
 */
export async function chooseWorkspacePath(parent: BrowserWindow | null, purpose: WorkspacePurpose): Promise<string | null> {
  if (purpose === 'open') {
    const options: OpenDialogOptions = {
      title: 'Open Workspace',
      buttonLabel: 'Open',
      properties: ['openFile'],
      filters: WORKSPACE_FILTERS,
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const folder = documentsFolder();
  const options: SaveDialogOptions = {
    title: 'New Engagement Workspace',
    buttonLabel: 'Create',
    defaultPath: folder ? path.join(folder, 'Engagement.soc2') : 'Engagement.soc2',
    filters: WORKSPACE_FILTERS,
    properties: ['createDirectory'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : withWorkspaceExtension(result.filePath);
}
