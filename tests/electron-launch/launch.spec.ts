import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { API_METHODS } from '../../core/api/contract';
import { findElectronBinary } from '../../scripts/electron-binary';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const binary = findElectronBinary();
const skipReason = binary.found ? '' : `Electron binary not installed on this machine (it cannot be downloaded here): ${binary.reason}`;
if (!binary.found) console.log(`[electron-launch] skipped: ${skipReason}`);

test.describe('desktop app launch', () => {
  test.skip(!binary.found, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!binary.found) return;
    for (const built of ['dist/electron/main.js', 'dist/electron/preload.js', 'dist/electron/core-host-entry.js', 'dist/renderer/index.html']) {
      expect(fs.existsSync(path.join(PROJECT_ROOT, built)), `${built} is missing: build the app before running launch tests`).toBe(true);
    }
    // Each run gets its own settings folder, and with it its own single-instance lock.
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-electron-launch-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env['SOC2_USER_DATA_DIR'] = userData;
    // Chromium refuses to start as root with its sandbox on (CI containers run as root).
    const args = process.getuid?.() === 0 ? ['--no-sandbox', PROJECT_ROOT] : [PROJECT_ROOT];
    app = await electron.launch({ executablePath: binary.executablePath, args, env, cwd: PROJECT_ROOT });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await page.waitForFunction(() => typeof (window as unknown as { soc2api?: unknown }).soc2api === 'object');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  test('opens one main window titled SOC 2 Workbench on the app page', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), bounds: w.getBounds() })));
    expect(windows).toHaveLength(1);
    expect(windows[0]!.title).toContain('SOC 2 Workbench');
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
  });

  test('exposes exactly the API methods to the page, and no Node.js', async () => {
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { soc2api: Record<string, unknown>; soc2shell: Record<string, unknown> };
      return {
        methods: Object.keys(w.soc2api),
        allFunctions: Object.values(w.soc2api).every((value) => typeof value === 'function'),
        shell: Object.keys(w.soc2shell).sort(),
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
      };
    });
    expect(exposed.methods).toEqual(API_METHODS);
    expect(exposed.allFunctions).toBe(true);
    expect(exposed.shell).toEqual(['chooseWorkspace', 'onMenuCommand', 'openExternal']);
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.module).toBe('undefined');
  });

  test('answers API calls through the core process', async () => {
    const info = await page.evaluate(() => (window as unknown as { soc2api: Record<string, (args?: unknown) => Promise<unknown>> }).soc2api['host.info']!({}));
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop' } });
  });

  test('refuses window.open and navigation away from the app', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // A round trip through the main process after the attempt: had the page navigated, this would fail.
    const stillThere = await page.evaluate(async () => {
      const api = (window as unknown as { soc2api?: Record<string, (args?: unknown) => Promise<{ ok: boolean }>> }).soc2api;
      return api ? (await api['host.info']!({})).ok : false;
    });
    expect(stillThere).toBe(true);
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
