import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env['SCREENSHOT_DIR'];

/** Screenshots for looking at the screens, written only when SCREENSHOT_DIR is set (never into the repository). */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function createEngagement(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByLabel('Organisation name').fill(name);
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
}

/** Types into a field and leaves it, which is when the app saves it. */
async function fillAndLeave(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label);
  await field.fill(value);
  await field.blur();
}

const nextSection = (page: Page) => page.getByRole('button', { name: /^Next: / });
const saved = (page: Page) => expect(page.getByText(/^Saved at/).first()).toBeVisible();
const designTile = (page: Page) => page.getByRole('button', { name: /^Design readiness/ });

test('a first-time user scopes a new engagement and assesses it in the guided mode', async ({ page, server }) => {
  test.setTimeout(180_000);
  await createEngagement(page, server.url, 'Acme Cloud Ltd');
  const nav = page.getByRole('navigation', { name: 'Engagement steps' });
  await nav.getByRole('link', { name: /Step 1: Scope Definition/ }).click();
  await expect(page.getByRole('heading', { name: 'Engagement', level: 2 })).toBeVisible();

  // Engagement: a too-short period is accepted with a warning, then corrected.
  await fillAndLeave(page, 'System the report covers', 'Acme Billing');
  await saved(page);
  await page.getByLabel('Review period starts').fill('2026-01-01');
  await page.getByLabel('Review period ends').fill('2026-02-15');
  await expect(page.getByRole('status').filter({ hasText: 'shorter than 3 months' })).toBeVisible();
  await page.getByLabel('Review period ends').fill('2026-06-30');
  await expect(page.getByText('A 6-month period: within the usual 3–12 months.')).toBeVisible();
  await fillAndLeave(page, 'CPA firm performing the audit', 'Harlow & Finch LLP');
  await saved(page);

  await nextSection(page).click();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeFocused();
  await fillAndLeave(page, 'Services you provide', 'Online invoicing for small firms, delivered as a web application.');
  await fillAndLeave(page, 'Security owner: name and role', 'Jo Park (CTO)');
  await saved(page);

  await nextSection(page).click();
  await expect(page.getByText('In scope now: 33 criteria')).toBeVisible();
  await page.getByRole('checkbox', { name: /Availability/ }).check();
  await expect(page.getByText('In scope now: 36 criteria')).toBeVisible();

  await nextSection(page).click();
  await expect(page.getByText('0 of 9', { exact: true })).toBeVisible();
  for (const id of ['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9']) {
    const editor = page.getByRole('textbox', { name: new RegExp(`^${id} `) });
    await editor.fill(`Acme Billing ${id}: written in plain words for the auditor.`);
    await editor.blur();
  }
  await expect(page.getByText('9 of 9', { exact: true })).toBeVisible();
  await shot(page, 'e2e-description');

  await nextSection(page).click();
  await page.getByRole('button', { name: /^Adopt: Customers enable the multi-factor/ }).click();
  await expect(page.getByText('CUEC 1')).toBeVisible();

  await nextSection(page).click();
  await page.getByLabel('Vendor name').fill('Northwind Cloud');
  await page.getByLabel('Criticality').selectOption('critical');
  await page.getByRole('checkbox', { name: /Subservice organisation/ }).check();
  await expect(page.getByRole('radio', { name: /Carve-out/ })).toBeChecked();
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const vendor = page.getByRole('article', { name: 'Northwind Cloud' });
  await expect(vendor.getByText('List the controls you rely on this provider to operate')).toBeVisible();
  await vendor.getByRole('button', { name: /^Adopt: Physical access to data centres/ }).click();
  await expect(vendor.getByText('(CSOCs): 1')).toBeVisible();

  await nextSection(page).click();
  await expect(page.getByText('No components yet.')).toBeVisible();
  await page.getByLabel('Component name').fill('Billing API');
  await page.getByLabel('Data classification').selectOption('confidential');
  await page.getByRole('button', { name: 'Add component' }).click();
  await expect(page.getByRole('rowheader', { name: /Billing API/ })).toBeVisible();

  await nextSection(page).click();
  await expect(page.getByText('Every criterion in scope applies.')).toBeVisible();
  await nextSection(page).click();
  await expect(page.getByRole('heading', { name: 'Summary', level: 2 })).toBeVisible();
  await shot(page, 'e2e-summary');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Confirm the scope' }).click();
  await expect(page.getByText(/^Scope confirmed/)).toBeVisible();
  await expect(nav.getByRole('link', { name: /Step 1: Scope Definition/ })).toContainText('Complete');

  // Step 2, guided: the first criterion becomes ready only once a mapped control is implemented.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Gap Analysis', level: 1 })).toBeFocused();
  await expect(designTile(page)).toContainText('0 %');
  await expect(page.getByRole('heading', { name: /^CC1\.1 / })).toBeVisible();
  await fillAndLeave(page, 'What exists today', 'New staff sign the code of conduct; HR keeps the signed copies.');
  await page.getByRole('radio', { name: /^Met/ }).check();
  await expect(page.getByText('Earns 0 of 1 design point')).toBeVisible();
  await page.getByRole('button', { name: /^Adopt GOV-01 / }).click();
  const status = page.getByLabel(/^Implementation status of GOV-01/);
  await expect(status).toHaveValue('not-started');
  await expect(designTile(page)).toContainText('0 %');
  await status.selectOption('implemented');
  await expect(designTile(page)).toContainText('2.8 %');
  await expect(page.getByText('Earns 1 of 1 design point')).toBeVisible();

  await page.getByRole('button', { name: 'Next criterion →' }).click();
  await expect(page.getByRole('heading', { name: /^CC1\.2 / })).toBeFocused();
  await page.getByRole('radio', { name: /^Gap/ }).check();
  await expect(page.getByText('CC1.2 is a gap: record what will close it')).toBeVisible();
  const form = page.getByRole('form', { name: 'New remediation item for CC1.2' });
  await form.getByLabel('Remediation item').fill('Report on security to the board every quarter');
  await form.getByLabel(/^Owner/).fill('Jo Park (CTO)');
  await form.getByLabel(/^Severity/).selectOption('high');
  await form.getByLabel(/^Due date/).fill('2026-09-30');
  await form.getByRole('button', { name: 'Add remediation item' }).click();
  await expect(page.getByLabel('Status of “Report on security to the board every quarter”')).toHaveValue('open');

  await page.getByRole('button', { name: 'Next criterion →' }).click();
  await page.getByRole('radio', { name: /^Not applicable/ }).check();
  await page.getByLabel('Why CC1.3 does not apply').fill('Test exclusion: the organisation structure is owned by the parent company.');
  await page.getByRole('button', { name: 'Save as not applicable' }).click();
  await expect(designTile(page)).toContainText('2.9 %');
  await shot(page, 'e2e-guided');
  expect(await axeViolations(page)).toEqual([]);

  // The rest of the criteria, one at a time, until the step is complete.
  for (let remaining = 33; remaining > 0; remaining -= 1) {
    await page.getByRole('button', { name: 'Next criterion →' }).click();
    await page.getByRole('radio', { name: /^Partially met/ }).check();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: /Step 2: Gap Analysis/ })).toContainText('Complete');

  // The drill-down explains every point and what would raise it.
  // GOV-01 also maps CC1.5 and CC2.2, now partially met: 1 + 0.5 + 0.5 points of 35 that apply.
  await expect(designTile(page)).toContainText('5.7 %');
  await designTile(page).click();
  await expect(page.getByRole('heading', { name: 'How design readiness is counted: 2 of 35 points' })).toBeFocused();
  const drilldown = page.getByRole('table', { name: 'Points per criterion for design readiness' });
  await expect(drilldown.getByRole('row', { name: /^CC1\.1 / })).toContainText('1 / 1');
  await expect(drilldown.getByRole('row', { name: /^CC1\.2 / })).toContainText('Close the gap (1 open remediation item) and mark it met');
  await expect(drilldown.getByRole('row', { name: /^CC1\.3 / })).toContainText('excluded');
  await expect(drilldown.getByRole('row', { name: /^CC1\.4 / })).toContainText('Map a control that addresses it and implement it');
  await expect(drilldown.getByRole('row', { name: /^CC1\.5 / })).toContainText('0.5 / 1');
  await shot(page, 'e2e-drilldown');
  expect(await axeViolations(page)).toEqual([]);

  // The dashboard shows both scores, the open gap by severity and owner, and what to do next.
  await page.keyboard.press('Alt+0');
  await expect(designTile(page)).toContainText('5.7 %');
  await expect(page.getByRole('list', { name: 'Open remediation items by severity' })).toContainText('1 high');
  await expect(page.getByRole('table', { name: 'By owner' })).toContainText('Jo Park (CTO)');
  await expect(page.getByRole('region', { name: 'Next actions' }).getByRole('link', { name: 'Resolve 1 high-severity gap' })).toBeVisible();
  await shot(page, 'e2e-dashboard');
  expect(await axeViolations(page)).toEqual([]);
});

test('table mode: filter, sort and edit statuses in bulk from the keyboard', async ({ page, server }) => {
  await createEngagement(page, server.url, 'Keyboard Co');
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Table (for experts)' }).click();
  const grid = page.getByRole('grid');
  await expect(page.getByText('Showing 33 of 33')).toBeVisible();

  // Select CC1.1 and CC1.3 with the keyboard, then set both to "partially met".
  await grid.getByRole('row', { name: /CC1\.1/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { name: /CC1\.3/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByLabel('Set status to').focus();
  await page.getByLabel('Set status to').selectOption('partially-met');
  await page.getByRole('button', { name: 'Apply to 2 criteria' }).focus();
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row', { name: /CC1\.1/ })).toContainText('Partially met');
  await expect(grid.getByRole('row', { name: /CC1\.3/ })).toContainText('Partially met');
  await expect(grid.getByRole('row', { name: /CC1\.2/ })).toContainText('Not assessed');
  await expect(page.getByText('2 selected')).toBeHidden();

  // Enter edits one row's status: arrow keys choose, Enter saves, Escape cancels.
  const row = grid.getByRole('row', { name: /CC1\.2/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByLabel(/^Status of CC1\.2/);
  await expect(editor).toBeFocused();
  await editor.selectOption('gap');
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Gap');
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel(/^Status of CC1\.2/).selectOption('met');
  await page.keyboard.press('Escape');
  await expect(row).toContainText('Gap');
  await expect(row).toBeFocused();

  // Ctrl+A selects every row shown: filter first, then select all and bulk-edit.
  await page.getByLabel('Search').fill('CC6');
  await expect(page.getByText('Showing 8 of 33')).toBeVisible();
  await grid.getByRole('row', { name: /CC6\.1/ }).focus();
  await page.keyboard.press('End');
  await expect(grid.getByRole('row', { name: /CC6\.8/ })).toBeFocused();
  await page.keyboard.press('Control+a');
  await expect(page.getByText('8 selected')).toBeVisible();
  await page.getByLabel('Set status to').selectOption('not-applicable');
  await expect(page.getByRole('button', { name: 'Apply to 8 criteria' })).toBeDisabled();
  await page.getByLabel('Why they do not apply').fill('Test reason');
  await page.getByRole('button', { name: 'Apply to 8 criteria' }).click();
  await expect(grid.getByRole('row', { name: /CC6\.4/ })).toContainText('Not applicable');

  // Sorting by status puts the gap first among all criteria when ascending after "not assessed".
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Status' }).click();
  await expect(page.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Status' }).click();
  await expect(grid.getByRole('row').nth(1)).toContainText('Not applicable');
  await shot(page, 'e2e-table');
  expect(await axeViolations(page)).toEqual([]);

  const log = await page.evaluate(async (token) => {
    const response = await fetch('/api/activity.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ limit: 10 }) });
    return ((await response.json()) as { value: { action: string }[] }).value.map((entry) => entry.action);
  }, server.token);
  expect(log.slice(0, 3)).toEqual(['assessment.setStatus', 'assessment.update', 'assessment.setStatus']);
});

test('system inventory: import an odd CSV, see the bad row reported, export it back', async ({ page, server }) => {
  await createEngagement(page, server.url, 'Import Co');
  await page.keyboard.press('Alt+1');
  await page.getByRole('navigation', { name: 'Parts of the scope' }).getByRole('button', { name: 'Systems' }).click();
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  const csv = '\uFEFFAsset Name;ENV;Data Sensitivity;Kind;Asset Owner\r\nBilling API;prod;sensitive;app;Jo Park\r\nLaptops;moon;internal;laptop;IT\r\nBackups;PROD;secret;bucket;\r\n';
  const importer = page.getByRole('region', { name: 'Import components from a CSV file' });
  await importer.getByLabel(/^CSV file/).setInputFiles({ name: 'cmdb-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(importer.getByText('3 rows below the headings.')).toBeVisible();
  await expect(importer.getByLabel(/^Name \(required\)/)).toHaveValue('0');
  await expect(importer.getByLabel(/^Environment \(required\)/)).toHaveValue('1');
  await expect(importer.getByLabel(/^Owner/)).toHaveValue('4');
  await expect(importer.getByLabel(/^Notes/)).toHaveValue('');
  await importer.getByRole('button', { name: 'Import 3 rows' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Imported 2 components.' });
  await expect(result).toContainText('1 row was not imported');
  await expect(result.getByRole('row', { name: /^3 / })).toContainText('Environment “moon” is not one of');
  await shot(page, 'e2e-import');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close import' }).click();
  await expect(page.getByRole('rowheader', { name: /Backups/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Import Co system inventory \d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await file.path())!, 'utf8');
  expect(text.split('\r\n').slice(0, 3)).toEqual(['\uFEFFName,Type,Owner,Environment,Data classification,Notes', 'Backups,data-store,,production,restricted,', 'Billing API,application,Jo Park,production,confidential,']);
});

test('a change of scope after confirmation is flagged on the dashboard until the scope is confirmed again', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  const notice = page.getByRole('region', { name: 'Change of scope' });
  await expect(notice).toContainText('System component added: Analytics warehouse (production)');
  await notice.getByRole('link', { name: 'Review and confirm the scope' }).click();
  await expect(page.getByRole('heading', { name: 'Summary', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm the updated scope' }).click();
  await expect(page.getByText(/^Scope confirmed/)).toBeVisible();
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Readiness', level: 2 })).toBeVisible();
  await expect(notice).toBeHidden();

  await page.keyboard.press('Alt+1');
  await page.getByRole('navigation', { name: 'Parts of the scope' }).getByRole('button', { name: 'Categories' }).click();
  await page.getByRole('checkbox', { name: /Privacy/ }).uncheck();
  await expect(page.getByText(/assessments are kept from when Privacy was in scope/)).toBeVisible();
  await page.keyboard.press('Alt+0');
  await expect(notice).toContainText('Privacy removed from the categories in scope');
  await shot(page, 'e2e-scope-change');

  // The demo's own data: the gap report downloads as CSV from step 2.
  await page.keyboard.press('Alt+2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export gap report (CSV)' }).click();
  const text = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('\uFEFFCriterion,Series,Category,Criterion summary,Assessment,Current practice,Remediation item,Severity,Owner,Due date,Remediation status,Overdue,Linked control');
  expect(lines[1]).toMatch(/,high,/);
  expect(lines.find((line) => line.startsWith('A1.3,'))).toMatch(/^A1\.3,A1,Availability,.*,gap,.*,high,Jonas Berg \(Platform Lead\),2026-11-15,in progress,/);
});
