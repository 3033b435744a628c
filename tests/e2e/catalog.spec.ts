import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function openDemoCatalog(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Criteria 61/ })).toBeVisible();
}

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

test('search the catalog and follow criterion → control → policy links', async ({ page, server }) => {
  await openDemoCatalog(page, server.url);
  await expect(page.getByText(/Catalog version \d{4}\.\d+\.\d+, kept with this engagement/)).toBeVisible();

  // "/" jumps to the search box; the search spans all three sections.
  await page.getByRole('heading', { name: 'Catalog', level: 1 }).click();
  await page.keyboard.press('/');
  const search = page.getByLabel(/Search criteria, controls and policies/);
  await expect(search).toBeFocused();
  await page.keyboard.type('asset inventory');
  await expect(page.getByRole('tab', { name: /Controls \d+/ })).toBeVisible();
  await page.getByRole('tab', { name: /^Controls/ }).click();
  const list = page.getByRole('list', { name: 'Controls' });
  // The best match (query in the title) comes first.
  await expect(list.getByRole('button').first()).toContainText('ACC-18');
  await search.fill('');

  // Criterion → its controls and policies.
  await page.getByRole('tab', { name: /^Criteria/ }).click();
  await page.getByRole('list', { name: 'Criteria' }).getByRole('button', { name: /^CC6\.1 / }).click();
  await expect(details(page).getByRole('heading', { name: 'CC6.1', level: 2 })).toBeVisible();
  await expect(details(page)).toContainText('What an auditor usually looks for');
  await expect(details(page)).toContainText('never scored');

  // → a control: the detail heading takes focus, and the list switches to controls.
  await details(page).getByRole('button', { name: /ACC-18 Inventory of in-scope assets/ }).click();
  const controlHeading = details(page).getByRole('heading', { name: /ACC-18 — Inventory of in-scope assets/, level: 2 });
  await expect(controlHeading).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Controls/ })).toHaveAttribute('aria-selected', 'true');
  await expect(details(page)).toContainText('Readiness test procedure');
  await expect(details(page)).toContainText('Suggested evidence');
  await expect(page.getByRole('list', { name: 'Controls' }).locator('[aria-current="true"]')).toContainText('ACC-18');

  // → a policy: criteria, citing controls and its template rendered from Markdown.
  await details(page).getByRole('button', { name: /POL-ACC Access Control Policy/ }).click();
  await expect(details(page).getByRole('heading', { name: 'Access Control Policy', level: 2 })).toBeFocused();
  await expect(details(page).getByRole('heading', { name: /Controls that cite it/ })).toBeVisible();
  const template = details(page).getByRole('article', { name: 'Access Control Policy, template' });
  await expect(template.getByRole('heading', { name: 'Policy statements' })).toBeVisible();
  await expect(template).toContainText('{{system_name}}');

  // Filled from the engagement, unknown values are marked rather than left blank.
  await details(page).getByLabel('Fill in this engagement’s details').check();
  const filled = details(page).getByRole('article', { name: 'Access Control Policy, filled in' });
  await expect(filled).toContainText('Brightwave Insights Platform');
  await expect(filled).toContainText('[to be set: security owner]');
  await expect(filled).not.toContainText('{{');

  // Back retraces the links followed.
  await details(page).getByRole('button', { name: 'Back to ACC-18' }).click();
  await expect(controlHeading).toBeFocused();
  await details(page).getByRole('button', { name: 'Back to CC6.1' }).click();
  await expect(details(page).getByRole('heading', { name: 'CC6.1', level: 2 })).toBeVisible();
});

test('filters narrow the lists and the keyboard walks them', async ({ page, server }) => {
  await openDemoCatalog(page, server.url);
  await page.getByLabel('Category').selectOption('privacy');
  await expect(page.getByRole('tab', { name: /Criteria 18/ })).toBeVisible();
  await page.getByRole('tab', { name: /^Criteria/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Controls/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Controls/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Key or supporting').selectOption('key');
  await page.getByLabel('Recommended starter set only').check();
  const items = page.getByRole('list', { name: 'Controls' }).getByRole('button');
  await expect(items.first()).toBeVisible();
  for (const text of await items.allTextContents()) expect(text).toMatch(/Key · Recommended/);

  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');

  await page.getByLabel(/Search criteria/).fill('zzzz-nothing-matches');
  await expect(page.getByText('Nothing here matches “zzzz-nothing-matches”')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('tab', { name: /Criteria 61/ })).toBeVisible();

  await page.getByRole('list', { name: 'Controls' }).getByRole('button').first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('GOV-01');
  const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
  expect(violations).toEqual([]);

  // At 200 % zoom the list and the details stack; nothing scrolls sideways.
  await page.setViewportSize({ width: 640, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('save a library, then start a new engagement from it', async ({ page, server }) => {
  await openDemoCatalog(page, server.url);
  await page.getByRole('button', { name: 'Save as library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as library' });
  await expect(dialog).toBeVisible();
  // The firm comes from the engagement's "prepared by"; the file name follows the library name.
  await expect(dialog.getByLabel('Firm name')).toHaveValue('Meridian Readiness Partners');
  await dialog.getByLabel('Library name').fill('Meridian SaaS baseline');
  await dialog.getByLabel('Version label (optional)').fill('2027.1');
  const expectedFile = path.join(server.dataDir, 'Meridian SaaS baseline.soc2lib');
  await expect(dialog.getByLabel('Save to (full path)')).toHaveValue(expectedFile);
  expect((await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the library “Meridian SaaS baseline”' })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(fs.existsSync(expectedFile)).toBe(true);

  // Saving again under the same name is refused; the dialog says why.
  await page.getByRole('button', { name: 'Save as library…' }).click();
  await dialog.getByLabel('Library name').fill('Meridian SaaS baseline');
  await dialog.getByRole('button', { name: 'Save library' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Close workspace' }).click();
  const card = page.getByRole('region', { name: 'Start from a library' });
  await card.getByRole('radio', { name: 'Meridian SaaS baseline.soc2lib' }).check();
  await expect(card.getByRole('status')).toContainText('Meridian SaaS baseline 2027.1 by Meridian Readiness Partners');
  await card.getByLabel('Client’s legal name').fill('Northwind Payments Ltd');
  await card.getByRole('button', { name: 'Start from this library' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(fs.existsSync(path.join(server.dataDir, 'Northwind Payments Ltd.soc2'))).toBe(true);

  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByText('Started from the library “Meridian SaaS baseline” (2027.1) by Meridian Readiness Partners.')).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByLabel('Prepared by (consultant or firm, for branding)')).toHaveValue('Meridian Readiness Partners');
});

test('a damaged library file is refused with a clear message', async ({ page, server }) => {
  fs.writeFileSync(path.join(server.dataDir, 'Broken.soc2lib'), '{"format":"soc2-workbench-library","formatVersion":1,"name":"x"}');
  await page.goto(server.url);
  const card = page.getByRole('region', { name: 'Start from a library' });
  await card.getByRole('radio', { name: 'Broken.soc2lib' }).check();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('Broken.soc2lib cannot be used as a library');
  await expect(alert).not.toContainText(/\bat \S+\.(ts|js):\d+/);
  await card.getByLabel('Client’s legal name').fill('Should Not Exist');
  await card.getByRole('button', { name: 'Start from this library' }).click();
  await expect(card.getByRole('alert')).toContainText('cannot be used as a library');
  expect(fs.existsSync(path.join(server.dataDir, 'Should Not Exist.soc2'))).toBe(false);
});
