import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { Canvas } from '../../core/demo/png';
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

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('evidence: upload with progress, view, describe and download the original', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await page.getByLabel('Organisation name').fill('Acme Cloud Ltd');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // A control to link evidence to (adopting is step 2's and 3's own screens, tested there).
  const adopted = await page.request.post(`${server.origin}/api/controls.adopt`, { headers: { Authorization: `Bearer ${server.token}` }, data: { catalogIds: ['ACC-06'] } });
  expect((await adopted.json()) as { ok: boolean }).toMatchObject({ ok: true });

  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: /Step 4: Testing & Documentation/ }).click();
  await expect(page.getByRole('heading', { name: /^No evidence yet — drag files here, or see what auditors usually expect for this control$/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'See what auditors usually expect for this control' })).toHaveValue('ACC-06');
  await expect(page.locator('.evidence-guide__list li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'evidence-empty');

  // Three files through the file picker, linked to ACC-06; uploads are held back a moment so the progress shows.
  await page.route('**/upload?**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  const csv = Buffer.from('user,group,decision\nada@acme.example,admin-prod,keep\nbob@acme.example,support,remove\n');
  const png = new Canvas(320, 200, [238, 240, 244]).rect(0, 0, 320, 32, [35, 61, 143]).rect(40, 60, 200, 20, [28, 140, 76]).toPng();
  const large = randomBytes(6 * 1024 * 1024);
  await page.getByLabel('Link new files to').selectOption('ACC-06');
  await page.getByLabel('Evidence files').setInputFiles([
    { name: 'okta users Q2.csv', mimeType: 'text/csv', buffer: csv },
    { name: 'mfa settings.png', mimeType: 'image/png', buffer: png },
    { name: 'session recording.bin', mimeType: 'application/octet-stream', buffer: large },
  ]);
  const progress = page.getByRole('group', { name: /Uploading evidence|Adding evidence/ });
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Added 3 files' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/3 evidence items, 6\.0 MB/)).toBeVisible();

  // The list (a listbox of options) and the first item opened beside it.
  const list = page.getByRole('listbox', { name: /^Evidence, / });
  await expect(list).toHaveAccessibleName('Evidence, 3 items');
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /EV-0001 okta users Q2\.csv/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /EV-0001/ }).or(page.locator('.evidence-details')).locator('pre')).toContainText('ada@acme.example,admin-prod,keep');

  // Keyboard: down to the screenshot, which shows as an image.
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { name: /EV-0002 mfa settings\.png/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /mfa settings\.png/ })).toBeVisible();
  await shot(page, 'evidence-image');

  // Describe it: each field saves as it is left; the suggested name follows the naming pattern.
  await page.getByLabel('What it shows').fill('MFA policy settings');
  await page.getByLabel('What it shows').blur();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.getByLabel('Source system').fill('Okta');
  await page.getByLabel('Source system').blur();
  await page.getByRole('textbox', { name: /^As of \(/ }).fill('2026-06-15');
  const suggestion = page.getByRole('button', { name: 'Use ACC-06_mfa-policy-settings_okta_2026-06-15.png' });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole('heading', { name: /EV-0002 ACC-06_mfa-policy-settings_okta_2026-06-15\.png/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /ACC-06_mfa-policy-settings_okta_2026-06-15\.png/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'evidence-details');

  // Download the original bytes of the large file: unchanged.
  await list.getByRole('option', { name: /session recording\.bin/ }).click();
  await expect(page.getByText(/cannot be shown here/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download original' }).click()]);
  expect(download.suggestedFilename()).toBe('session recording.bin');
  const saved = await download.path();
  expect(sha256(fs.readFileSync(saved))).toBe(sha256(large));

  // Search narrows the list.
  await page.getByLabel('Search').fill('okta users');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.getByText('1 of 3 shown')).toBeVisible();
});

test('evidence: a PDF dropped on the zone is shown in the viewer', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Organisation name').fill('Acme Cloud Ltd');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: /Step 4: Testing & Documentation/ }).click();
  await expect(page.getByText('Drop files here')).toBeVisible();
  const pdf = minimalPdf();
  await page.evaluate(
    ({ text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'policy sign-off.pdf', { type: 'application/pdf' }));
      document.querySelector('.evidence-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { text: pdf },
  );
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 file' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /EV-0001 policy sign-off\.pdf/ })).toBeVisible();
  await expect(page.locator('iframe[title="PDF: policy sign-off.pdf"]')).toHaveAttribute('src', /^blob:/);
  await shot(page, 'evidence-pdf');
});

/** A one-page PDF written by hand (the viewer only needs a valid file). */
function minimalPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const stream = 'BT /F1 18 Tf 30 100 Td (Policy sign-off) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

test('evidence: the demo engagement’s evidence is listed, filtered by control and previewed', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: /Step 4: Testing & Documentation/ }).click();
  const list = page.getByRole('listbox', { name: /^Evidence, / });
  await expect(list).toHaveAccessibleName(/Evidence, 1\d items/);
  await page.getByLabel('Control', { exact: true }).selectOption('ACC-06');
  await expect(list).toHaveAccessibleName('Evidence, 2 items');
  await page.getByLabel('Control', { exact: true }).selectOption('ACC-02');
  await list.getByRole('option').first().click();
  await expect(page.getByRole('img', { name: /ACC-02_mfa-policy_okta_2026-06-15\.png: MFA policy settings/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'evidence-demo');
});
