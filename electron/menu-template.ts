import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { StepId } from '../core/api/types';
import { STEP_TITLES } from '../core/steps/progress';

/** Steps in the order the Go menu lists them (and Ctrl/Cmd+1..5 select them). */
export const STEP_ORDER: readonly StepId[] = ['scope', 'gaps', 'controls', 'testing', 'audit'];

/** Commands the renderer receives through `soc2shell.onMenuCommand`. */
export type MenuCommand = 'new' | 'open' | 'open-review' | 'close' | 'dashboard' | `step:${StepId}` | `open-path:${string}`;

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  productName: string;
  /** Most recent first; only the first MAX_RECENT_ITEMS are listed. */
  recentWorkspaces: readonly string[];
  /** Delivers a command to the window the user is working in. */
  send(command: MenuCommand): void;
  /** Reveals the folder with the app's settings and demo workspace, for support questions. */
  showDataFolder(): void;
}

export const MAX_RECENT_ITEMS = 10;

// On Windows and Linux a single "&" in a label marks the mnemonic key and disappears; file names
// with "&" must show it.
function literalLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&');
}

function recentItems(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const recent = options.recentWorkspaces.slice(0, MAX_RECENT_ITEMS);
  if (recent.length === 0) return [{ label: 'No Recent Workspaces', enabled: false }];
  return recent.map((filePath) => ({
    // Two engagements can share a file name; the folder tells them apart.
    label: literalLabel(`${path.basename(filePath)}  —  ${path.dirname(filePath)}`, options.platform),
    click: () => options.send(`open-path:${filePath}`),
  }));
}

/**
 * The application menu as plain data, so it can be tested without Electron. Menu items only send
 * commands; what "New", "Open" or a step means is decided by the renderer, which owns the screens.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const { send } = options;
  // Alt-key mnemonics exist on Windows and Linux only; keep macOS labels free of the marker.
  const topLabel = (label: string) => (isMac ? label.replace('&', '') : label);

  const fileMenu: MenuItemConstructorOptions = {
    label: topLabel('&File'),
    submenu: [
      { label: 'New Engagement…', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { label: 'Open Recent', submenu: recentItems(options) },
      // The auditor's way in: a received workspace is verified on a private copy and browsed read-only.
      { label: 'Open for Review…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('open-review') },
      { type: 'separator' },
      { label: 'Close Workspace', accelerator: 'CmdOrCtrl+W', click: () => send('close') },
      // macOS keeps Quit in the application menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const goMenu: MenuItemConstructorOptions = {
    label: topLabel('&Go'),
    submenu: [
      { label: 'Dashboard', accelerator: 'CmdOrCtrl+0', click: () => send('dashboard') },
      { type: 'separator' },
      ...STEP_ORDER.map(
        (step, index): MenuItemConstructorOptions => ({
          label: STEP_TITLES[step],
          accelerator: `CmdOrCtrl+${index + 1}`,
          click: () => send(`step:${step}`),
        }),
      ),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: topLabel('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: topLabel('&View'),
    submenu: [
      // Reloading drops unsaved form input and developer tools expose internals: development only.
      ...(options.isDevelopment
        ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      // Ctrl/Cmd+0 belongs to Dashboard, so Actual Size moves to Ctrl/Cmd+Shift+0.
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: topLabel('&Help'),
    submenu: [
      { label: 'Show App Data Folder', click: () => options.showDataFolder() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about', label: `About ${options.productName}` } as const]),
    ],
  };

  // Built by hand rather than with role 'windowMenu', whose Close item would also claim Cmd+W.
  const macWindowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }],
  };

  return [
    ...(isMac ? [{ label: options.productName, role: 'appMenu' } as const] : []),
    fileMenu,
    editMenu,
    viewMenu,
    goMenu,
    ...(isMac ? [macWindowMenu] : []),
    helpMenu,
  ];
}
