import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from './app-url';
import { guardWebContents } from './web-contents-guards';

export interface MainWindowOptions {
  preloadPath: string;
  entryUrl: string;
  isDevelopment: boolean;
}

/**
 * The window's settings. The webPreferences are the security baseline of the whole app: the page
 * runs sandboxed, isolated from the preload, with no Node.js, and can reach the rest only through
 * the functions the preload exposes.
 */
export function mainWindowOptions(preloadPath: string, isDevelopment: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    title: PRODUCT_NAME,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped on the window must not replace the app's page with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: isDevelopment,
    },
  };
}

/** Keeps the product name in the window title whatever the page calls itself. */
export function windowTitle(pageTitle: string): string {
  const trimmed = pageTitle.trim();
  if (trimmed === '') return PRODUCT_NAME;
  return trimmed.includes(PRODUCT_NAME) ? trimmed : `${trimmed} — ${PRODUCT_NAME}`;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.isDevelopment));
  // Also applied by the web-contents-created hook; doing it here as well means the window is never
  // without its guards, even if created before that hook is installed.
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event, title) => {
    event.preventDefault();
    window.setTitle(windowTitle(title));
  });
  window.loadURL(options.entryUrl).catch((error: unknown) => {
    console.error(`[main-window] could not load ${options.entryUrl}: ${error instanceof Error ? error.message : String(error)}`);
    window.show();
  });
  return window;
}
