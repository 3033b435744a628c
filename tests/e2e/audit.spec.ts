import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SHOTS = process.env['AUDIT_SCREENSHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function openStep5(page: Page, url: string, organisation?: string): Promise<void> {
  await page.goto(url);
  if (organisation) {
    await page.getByLabel('Organisation name').fill(organisation);
    await page.getByRole('button', { name: 'Create engagement' }).click();
  } else {
    await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Step 5: Audit & Attestation/ }).click();
  await expect(page.getByRole('heading', { name: 'Audit & Attestation', level: 1 })).toBeVisible();
}

async function axe(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

test('the checklist shows open items, one is waived with a reason, and a draft package is written with its fingerprint', async ({ page, server }) => {
  await openStep5(page, server.url);
  await expect(page.getByRole('heading', { name: 'Readiness checklist', level: 2 })).toBeVisible();
  const assertion = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Management has reviewed and kept its assertion' }) });
  await expect(assertion.getByText('Open', { exact: true })).toBeVisible();
  // Failing items link to where they are fixed.
  await expect(page.getByRole('link', { name: 'Fix in Step 3: Control Implementation' }).first()).toHaveAttribute('href', '#/step/controls');
  expect(await axe(page)).toEqual([]);
  await shot(page, 'checklist');

  const policies = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Every policy is approved and within its review date' }) });
  await expect(policies.getByText('Open', { exact: true })).toBeVisible();
  await policies.getByRole('button', { name: /^Waive/ }).click();
  await expect(policies.getByRole('button', { name: 'Save waiver' })).toBeDisabled();
  await policies.getByLabel('Why is it acceptable to seal without this?').fill('Policies are approved in the client’s own document system (PBC-05).');
  await policies.getByRole('button', { name: 'Save waiver' }).click();
  await expect(policies.getByText('Waived', { exact: true }).first()).toBeVisible();
  await expect(policies).toContainText('Policies are approved in the client’s own document system (PBC-05).');
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  await page.getByRole('button', { name: /Seal and package/ }).click();
  await expect(page.getByRole('heading', { name: 'Seal and package', level: 2 })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Seal and write the package' })).toBeDisabled();
  await page.getByLabel('Paper size').selectOption('letter');
  await page.getByRole('button', { name: 'Write a working-draft package' }).click();
  const fingerprint = page.getByTestId('package-fingerprint');
  await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/, { timeout: 30_000 });
  expect(await axe(page)).toEqual([]);
  await shot(page, 'draft-package');

  // The package is in the data folder, and the fingerprint shown is the one printed in the PDF.
  const folder = path.join(server.dataDir, 'Brightwave Analytics (demo) packages');
  const pdf = fs.readdirSync(folder).find((name) => name.endsWith('.pdf'))!;
  await expect(page.getByText(path.join(folder, pdf))).toBeVisible();
  const text = execFileSync('pdftotext', [path.join(folder, pdf), '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(await fingerprint.innerText());
  expect(flat).toContain('Policies are approved in the client’s own document system (PBC-05).');
  expect(execFileSync('pdfinfo', [path.join(folder, pdf)], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
});

test('a new engagement is sealed once every open item is waived, and the seal is listed with its fingerprints', async ({ page, server }) => {
  await openStep5(page, server.url, 'Seal Test Ltd');
  await expect(page.getByRole('heading', { name: 'Scope is recorded' })).toBeVisible();
  const waiveButtons = page.getByRole('button', { name: /^Waive: / });
  const open = await waiveButtons.count();
  expect(open).toBeGreaterThan(0);
  for (let i = 0; i < open; i++) {
    const title = (await waiveButtons.first().getAttribute('aria-label'))!.replace(/^Waive: /, '');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await waiveButtons.first().click();
    await item.getByLabel('Why is it acceptable to seal without this?').fill('Accepted for the first internal dry run of the package.');
    await item.getByRole('button', { name: 'Save waiver' }).click();
    await expect(item.getByText('Waived', { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText('Ready to seal.')).toBeVisible();
  await page.getByRole('button', { name: 'Go to Seal and package' }).click();
  await page.getByRole('button', { name: 'Seal and write the package' }).click();
  await expect(page.getByText('Seal 1 recorded.')).toBeVisible({ timeout: 30_000 });
  const fingerprint = await page.getByTestId('package-fingerprint').innerText();
  const history = page.getByRole('table', { name: 'Sealed versions, newest first' });
  await expect(history.getByRole('rowheader', { name: 'Seal 1' })).toBeVisible();
  await expect(history).toContainText(fingerprint);
  await shot(page, 'sealed');

  // Later edits do not change the sealed version: its package rebuilds with the same fingerprint.
  await page.getByRole('link', { name: /Step 1: Scope Definition/ }).click();
  await page.getByLabel('System the report covers').fill('Changed after sealing');
  await page.getByLabel('System the report covers').blur();
  await expect(page.getByText(/^Saved at/).first()).toBeVisible();
  await page.getByRole('link', { name: /Step 5: Audit & Attestation/ }).click();
  await page.getByRole('button', { name: 'Rebuild the package of seal 1' }).click();
  await expect(page.getByTestId('package-fingerprint')).toHaveText(fingerprint, { timeout: 30_000 });
});

test('the request list is imported from a CSV with unusual headings, and a bad row is reported', async ({ page, server }) => {
  await openStep5(page, server.url, 'Requests Ltd');
  await page.getByRole('button', { name: /Auditor requests \(PBC\)/ }).click();
  await expect(page.getByText(/No requests yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Import the request list from CSV…' }).click();
  const csv = ['Request No;Documentation requested;Assigned to;Deadline;State', 'R-1;Access review evidence for Q3;Priya;2026-10-12;Outstanding', 'R-2;;Tom;2026-10-13;Open', 'R-3;Change tickets listing;Tom;13/10/2026;Submitted'].join('\n');
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'requests.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const columns = page.getByRole('group', { name: 'Columns' });
  await expect(columns.getByLabel('Request (required)')).toHaveValue('1');
  await expect(columns.getByLabel('Owner', { exact: true })).toHaveValue('2');
  await expect(columns.getByLabel('Due date')).toHaveValue('3');
  await page.getByRole('button', { name: 'Import 3 requests' }).click();
  const outcome = page.getByRole('status').filter({ hasText: 'requests imported' });
  await expect(outcome).toContainText('2 requests imported.');
  await expect(outcome).toContainText('Row 3: No request text, so the row was not imported.');
  await expect(outcome).toContainText('Row 4: Due date "13/10/2026" is not a date written as YYYY-MM-DD');
  const table = page.getByRole('table', { name: 'Auditor requests' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await table.getByLabel('Status of R-1').selectOption('provided');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await shot(page, 'requests');
});
