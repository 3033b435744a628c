import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

const STEPS = ['Scope Definition', 'Gap Analysis', 'Control Implementation', 'Testing & Documentation', 'Audit & Attestation'];

test('create a workspace, edit it, close it and reopen it', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Organisation name').fill('Acme Cloud Ltd');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(fs.existsSync(path.join(server.dataDir, 'Acme Cloud Ltd.soc2'))).toBe(true);

  await page.getByRole('link', { name: /Step 1: Scope Definition/ }).click();
  await expect(page.getByRole('heading', { name: 'Scope Definition', level: 1 })).toBeVisible();
  await page.getByLabel('System the report covers').fill('Acme Billing');
  await page.getByLabel('System the report covers').blur();
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  await page.getByRole('button', { name: 'Close workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Start a new engagement' })).toBeVisible();
  await page.getByRole('button', { name: /Acme Cloud Ltd\.soc2/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Step 1: Scope Definition/ }).click();
  await expect(page.getByLabel('System the report covers')).toHaveValue('Acme Billing');
});

test('walk the five steps from the navigation and the keyboard', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Engagement steps' });
  for (const [index, title] of STEPS.entries()) {
    await nav.getByRole('link', { name: new RegExp(`Step ${index + 1}: ${title}`) }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByText(`Step ${index + 1} of 5`)).toBeVisible();
    // The current step is marked for assistive technology, and only that one.
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
  for (const [index, title] of STEPS.entries()) {
    await page.keyboard.press(`Alt+${index + 1}`);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeFocused();
  }
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeFocused();
  // Each step shows its completion state in the navigation.
  // (The demo's own states change as each step gains content, so only the scope's is pinned here.)
  await expect(nav.locator('.step-state')).toHaveCount(5);
  await expect(nav.getByRole('link', { name: /Step 1: Scope Definition/ })).toContainText('Complete');
});

test('a corrupt file gets a clear message and stays untouched', async ({ page, server }) => {
  const corrupt = path.join(server.dataDir, 'Damaged.soc2');
  fs.writeFileSync(corrupt, Buffer.from('SQLite format 3\u0000' + 'x'.repeat(5000), 'latin1'));
  const before = fs.readFileSync(corrupt);
  const future = path.join(server.dataDir, 'From the future.soc2');

  await page.goto(server.url);
  await page.getByRole('button', { name: /Damaged\.soc2/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).not.toContainText('Error:');
  await expect(alert).not.toContainText(/\bat \S+\.(ts|js):\d+/);
  await expect(alert).toContainText('not a SOC 2 Workbench workspace');
  await expect(alert).toContainText('Choose a .soc2 file made by this app');
  expect(fs.readFileSync(corrupt).equals(before)).toBe(true);

  // A file from a newer version, made by editing the format number in a real workspace's header.
  await page.getByLabel('Organisation name').fill('From the future');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await page.getByRole('button', { name: 'Close workspace' }).click();
  const bytes = fs.readFileSync(future);
  bytes.writeUInt32BE(42, 60);
  fs.writeFileSync(future, bytes);
  await page.reload();
  await page.getByRole('button', { name: /From the future\.soc2/ }).first().click();
  await expect(page.getByRole('alert')).toContainText('newer version of SOC 2 Workbench');
  await expect(page.getByRole('alert')).toContainText('Update the app to open it. The file has not been changed.');
  expect(fs.readFileSync(future).equals(bytes)).toBe(true);
});

test('the page refuses to work without the run token', async ({ page, server }) => {
  await page.goto(server.origin + '/');
  await expect(page.getByRole('alert')).toContainText('not connected to the running app');
});

test('no accessibility violations on the start screen, dashboard and a step', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Start a new engagement' })).toBeVisible();
  const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
  expect(await scan()).toEqual([]);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Scope Definition', level: 1 })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('readable at 200 % zoom: nothing scrolls sideways', async ({ page, server }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  for (const key of ['Alt+0', 'Alt+1', 'Alt+3']) {
    await page.keyboard.press(key);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow after ${key}`).toBeLessThanOrEqual(0);
  }
});
