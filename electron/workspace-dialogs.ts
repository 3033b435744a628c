import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';

/**
 * What the page may ask a native file dialog for: open or create a workspace, open a received
 * workspace for review, open or save an auditor's review file, save the verification report.
 */
export const WORKSPACE_PURPOSES = ['open', 'create', 'open-review', 'open-review-file', 'save-review-file', 'save-report'] as const;
export type WorkspacePurpose = (typeof WORKSPACE_PURPOSES)[number];

const WORKSPACE_FILTERS = [{ name: 'SOC 2 Workbench workspace', extensions: ['soc2'] }];
const REVIEW_FILTERS = [{ name: 'SOC 2 Workbench review file', extensions: ['soc2review'] }];
const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }];

/** Reads `{purpose}` as sent by the renderer; anything else is refused rather than guessed. */
export function parseWorkspacePurpose(raw: unknown): WorkspacePurpose | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const purpose = (raw as { purpose?: unknown }).purpose;
  return WORKSPACE_PURPOSES.find((known) => known === purpose) ?? null;
}

/** Save dialogs for the review side: their title, default name, filter and the extension a typed name must get. */
const SAVE_DIALOGS = {
  'save-review-file': { title: 'Save Review File', buttonLabel: 'Save', name: 'Review.soc2review', filters: REVIEW_FILTERS, extension: '.soc2review' },
  'save-report': { title: 'Save Verification Report', buttonLabel: 'Save', name: 'Verification report.pdf', filters: PDF_FILTERS, extension: '.pdf' },
} as const;

export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
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
  if (purpose === 'open' || purpose === 'open-review' || purpose === 'open-review-file') {
    const options: OpenDialogOptions = {
      title: purpose === 'open' ? 'Open Workspace' : purpose === 'open-review' ? 'Open a Received Workspace for Review' : 'Import an Auditor’s Review File',
      buttonLabel: purpose === 'open-review-file' ? 'Import' : 'Open',
      properties: ['openFile'],
      filters: purpose === 'open-review-file' ? REVIEW_FILTERS : WORKSPACE_FILTERS,
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const folder = documentsFolder();
  if (purpose === 'save-review-file' || purpose === 'save-report') {
    // Core never replaces an existing review file, so no "Replace?" prompt for it; a report may be replaced once confirmed.
    const spec = SAVE_DIALOGS[purpose];
    const options: SaveDialogOptions = {
      title: spec.title,
      buttonLabel: spec.buttonLabel,
      defaultPath: folder ? path.join(folder, spec.name) : spec.name,
      filters: [...spec.filters],
      properties: purpose === 'save-report' ? ['createDirectory', 'showOverwriteConfirmation'] : ['createDirectory'],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : withExtension(result.filePath, spec.extension);
  }
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
