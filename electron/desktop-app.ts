import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import type { WorkspaceListing } from '../core/api/types';
import { APP_ENTRY_URL, PRODUCT_NAME } from './app-url';
import { serveAppProtocol } from './app-protocol';
import { CommandChannel } from './command-channel';
import { CoreProcess } from './core-process';
import { openExternalLink } from './external-links';
import { registerIpcHandlers } from './ipc';
import { createMainWindow } from './main-window';
import { installApplicationMenu } from './menu';
import type { MenuCommand } from './menu-template';
import { guardSession } from './session-guards';
import { guardWebContents } from './web-contents-guards';
import { chooseWorkspacePath } from './workspace-dialogs';
import { isOpenableWorkspacePath, openPathCommand, workspacePathFromArgv } from './workspace-file-args';

export interface DesktopAppPaths {
  /** Folder holding the built renderer (index.html and its assets). */
  rendererRoot: string;
  preloadPath: string;
  coreEntryPath: string;
}

/**
 * Wires the desktop shell together: one main window, the app:// page, IPC, menu, the core process,
 * and the ways the OS hands over workspace files. Returns false (and quits) when another instance
 * already runs; that instance receives our command line through `second-instance` instead.
 */
export function startDesktopApp(paths: DesktopAppPaths): boolean {
  // Two instances would fight over the same workspace file and settings.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }

  const isDevelopment = !app.isPackaged;
  const commands = new CommandChannel();
  let mainWindow: BrowserWindow | null = null;
  let recentWorkspaces: string[] = [];
  let coreStopped = false;

  const core = new CoreProcess({
    entryPath: paths.coreEntryPath,
    settingsDir: app.getPath('userData'),
    // The page cannot know a workspace it had open is gone unless it is told.
    onUnexpectedExit: ({ restarted }) => commands.send(restarted ? 'core-restarted' : 'core-stopped'),
  });

  const showMainWindow = (): BrowserWindow => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      const window = createMainWindow({ preloadPath: paths.preloadPath, entryUrl: APP_ENTRY_URL, isDevelopment });
      commands.attach(window.webContents);
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      mainWindow = window;
      return window;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return mainWindow;
  };

  // The app has one window, so "the focused window" is the main window; it is brought back first
  // when a menu item is used with no window open (macOS keeps the app running without one).
  const sendCommand = (command: MenuCommand | 'core-restarted' | 'core-stopped') => {
    if (app.isReady()) showMainWindow();
    commands.send(command);
  };

  const refreshMenu = () =>
    installApplicationMenu({
      isDevelopment,
      productName: PRODUCT_NAME,
      recentWorkspaces,
      send: sendCommand,
      showDataFolder: () => void shell.openPath(app.getPath('userData')),
    });

  // The recent list is owned by core/ (it writes it when a workspace opens); ask it, never reread it here.
  const loadRecentWorkspaces = async () => {
    const response = await core.call('workspace.list', {});
    if (!response.ok) return;
    recentWorkspaces = (response.value as WorkspaceListing).recent.map((entry) => entry.path);
    refreshMenu();
  };

  const openWorkspaceFile = (filePath: string) => {
    const resolved = path.resolve(filePath);
    if (!isOpenableWorkspacePath(resolved)) return;
    sendCommand(openPathCommand(resolved));
  };

  // macOS delivers double-clicked files this way, possibly before `ready`: register at once.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openWorkspaceFile(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = workspacePathFromArgv(argv, workingDirectory);
    if (filePath !== null) sendCommand(openPathCommand(filePath));
    else if (app.isReady()) showMainWindow();
  });

  // Every web contents, including any created later, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady()) showMainWindow();
  });

  // Let the core process close the workspace file before the app goes away.
  app.on('before-quit', (event) => {
    if (coreStopped) return;
    event.preventDefault();
    void core.stop().finally(() => {
      coreStopped = true;
      app.quit();
    });
  });

  const launchFile = workspacePathFromArgv(process.argv, process.cwd());
  if (launchFile !== null) commands.send(openPathCommand(launchFile));

  void app.whenReady().then(() => {
    guardSession(session.defaultSession);

    const indexPath = path.join(paths.rendererRoot, 'index.html');
    if (!fs.existsSync(indexPath)) {
      dialog.showErrorBox(
        `${PRODUCT_NAME} cannot start`,
        `The interface files are missing (${indexPath}). Build the renderer and start the app again.`,
      );
      coreStopped = true;
      app.quit();
      return;
    }
    serveAppProtocol(paths.rendererRoot);

    core.start();
    registerIpcHandlers({
      core,
      chooseWorkspace: chooseWorkspacePath,
      openExternal: openExternalLink,
      onShellReady: (contents) => commands.markReady(contents),
      onWorkspaceChanged: (filePath) => {
        if (filePath !== null) app.addRecentDocument(filePath);
        if (process.platform === 'darwin') mainWindow?.setRepresentedFilename(filePath ?? '');
        void loadRecentWorkspaces();
      },
    });
    refreshMenu();
    void loadRecentWorkspaces();
    showMainWindow();
  });

  return true;
}
