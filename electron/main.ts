import path from 'node:path';
import { app } from 'electron';
import { PRODUCT_NAME } from './app-url';
import { registerAppScheme } from './app-protocol';
import { startDesktopApp } from './desktop-app';

/*
 * Entry point of the desktop app (package.json "main": dist/electron/main.js). Only settings that
 * must be made before `ready` live here; the wiring is in desktop-app.ts.
 */

// Same name and the same settings folder whether run from source (where Electron would name it
// after package.json's "name") or packaged. SOC2_USER_DATA_DIR lets launch tests give each run its
// own folder, and with it its own single-instance lock.
app.setName(PRODUCT_NAME);
const userDataOverride = process.env['SOC2_USER_DATA_DIR'];
app.setPath('userData', userDataOverride ? path.resolve(userDataOverride) : path.join(app.getPath('appData'), PRODUCT_NAME));

if (process.platform === 'win32') app.setAppUserModelId('com.soc2workbench.app');

// Sandbox every renderer, not just the windows that ask for it.
app.enableSandbox();
registerAppScheme();

startDesktopApp({
  rendererRoot: path.join(__dirname, '..', 'renderer'),
  preloadPath: path.join(__dirname, 'preload.js'),
  coreEntryPath: path.join(__dirname, 'core-host-entry.js'),
});
