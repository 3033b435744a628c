import { defineConfig } from '@playwright/test';

/**
 * Launch tests of the real desktop app. They need the Electron binary, which cannot be downloaded on
 * the project's build machines, so there they report themselves skipped with the reason. On a machine
 * that has it: build first (renderer and Node code), then run this config; on Linux without a
 * display, run it under xvfb-run.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'launch.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One app at a time: each launch is a whole Electron process tree.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  outputDir: '../../test-results/electron-launch',
});
