import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { drawSample } from '../../core/testing/draw-sample';
import { expect, test } from './support/fixtures';
import type { TestServer } from './support/web-server';

const SHOTS = process.env['SCREENSHOT_DIR'];

/** Screenshots for looking at the screens, written only when SCREENSHOT_DIR is set (never into the repository). */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The visible part only, scrolled to `target` (long pages are unreadable as one image). */
async function shotAt(page: Page, name: string, target: ReturnType<Page['getByRole']>) {
  if (!SHOTS) return;
  await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Dense tables must still fit the window: nothing sticks out sideways at 1280 px. */
async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Sets up what other steps own (period, controls, evidence) through the API, as those steps' screens would. */
async function api(page: Page, server: TestServer, method: string, data: unknown): Promise<unknown> {
  const response = await page.request.post(`${server.origin}/api/${method}`, { headers: { Authorization: `Bearer ${server.token}` }, data });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body, `${method} failed`).toMatchObject({ ok: true });
  return body.value;
}

async function waitForJob(page: Page, server: TestServer, jobId: string) {
  await expect.poll(async () => ((await api(page, server, 'job.get', { id: jobId })) as { state: string }).state).toBe('succeeded');
}

const step4 = (page: Page) => page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: /Step 4: Testing & Documentation/ });
const part = (page: Page, name: string) => page.getByRole('navigation', { name: 'Parts of this step' }).getByRole('button', { name });

/** A leavers listing as Excel's plain CSV on Windows writes it: Windows-1252, so "Zoë" is one byte 0xEB. */
function leaversCsv(): Buffer {
  const lines = ['Employee ID,Name,Last working day,Accounts disabled on'];
  const names = ['Ana Lima', 'Bo Chen', 'Carmen Diaz', 'Dev Patel', 'Eve Novak', 'Femi Ade', 'Gus Berg', 'Hana Sato', 'Ivo Kral', 'Zoë Müller', 'Kim Larsen', 'Lea Roux'];
  names.forEach((name, index) => lines.push(`E${100 + index},${name},2025-0${(index % 6) + 1}-1${index % 9},2025-0${(index % 6) + 1}-1${index % 9}`));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

test('internal readiness testing: import a population, draw a sample, record results and an exception, see period coverage', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await page.getByLabel('Organisation name').fill('Northwind Ltd');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await api(page, server, 'engagement.update', { reportType: 'type2', periodStart: '2025-01-01', periodEnd: '2025-06-30' });
  await api(page, server, 'controls.adopt', { catalogIds: ['ACC-05', 'RSK-04'] });
  const evidenceFile = path.join(server.dataDir, 'RSK-04_risk-register-review_2025-Q1.pdf');
  fs.writeFileSync(evidenceFile, '%PDF-1.4 risk register review minutes, Q1 2025');
  const attestationFile = path.join(server.dataDir, 'RSK-04_no-meeting-attestation_2025-Q2.pdf');
  fs.writeFileSync(attestationFile, '%PDF-1.4 the committee did not meet in Q2 2025; signed by the CEO');
  await waitForJob(page, server, ((await api(page, server, 'evidence.import', { paths: [evidenceFile], metadata: { controls: ['RSK-04'], coversTo: '2025-03-20', method: 'document' } })) as { jobId: string }).jobId);
  await waitForJob(page, server, ((await api(page, server, 'evidence.import', { paths: [attestationFile], metadata: { coversTo: '2025-07-02', method: 'attestation' } })) as { jobId: string }).jobId);

  await step4(page).click();
  await part(page, 'Populations').click();
  await expect(page.getByRole('heading', { name: 'No populations yet' })).toBeVisible();
  await expect(page.getByText('Internal readiness testing', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import a population…' }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'workday_leavers_2025-H1.csv', mimeType: 'text/csv', buffer: leaversCsv() });
  await page.getByLabel(/^Name/).fill('Leavers, January–June 2025');
  await page.getByLabel('Source system').fill('Workday');
  await page.getByLabel('Query or filter used').fill('Report “Terminations”, last day 2025-01-01 to 2025-06-30');
  await page.getByLabel('Run by').fill('Jo Park');
  await page.getByLabel('Run on').fill('2025-07-03');
  await expect(page.getByLabel('Range covered: from')).toHaveValue('2025-01-01');
  await page.getByRole('checkbox', { name: /ACC-05/ }).check();
  await shot(page, 'testing-population-import');
  await page.getByRole('button', { name: 'Import population' }).click();
  const imported = page.getByRole('status').filter({ hasText: 'Imported POP-1' });
  await expect(imported).toContainText('“Leavers, January–June 2025”: 12 rows.');
  await expect(imported).toContainText('read as Windows-1252');
  await expect(page.getByRole('region', { name: 'Rows of Leavers, January–June 2025' }).getByRole('cell', { name: 'Zoë Müller' })).toBeVisible();
  await expect(page.getByRole('row', { name: /POP-1 Leavers, January–June 2025/ })).toContainText('ACC-05');
  await shot(page, 'testing-populations');
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);

  await part(page, 'Readiness testing').click();
  await expect(page.getByRole('heading', { name: 'Internal readiness testing', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'ACC-05', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^ACC-05 /, level: 3 })).toBeVisible();

  // Inquiry alone is refused, with what to do instead, and nothing changes.
  const methods = page.getByRole('group', { name: 'Test methods' });
  // The boxes show what is saved, so each click is followed by waiting for the saved state.
  await methods.getByRole('checkbox', { name: /Inquiry/ }).click();
  await expect(methods.getByRole('checkbox', { name: /Inquiry/ })).toBeChecked();
  for (const name of [/Observation/, /Inspection/, /Re-performance/]) {
    const box = methods.getByRole('checkbox', { name });
    if (!(await box.isChecked())) continue;
    const before = await methods.getByRole('checkbox', { checked: true }).count();
    await box.click();
    if (before > 2) await expect(box).not.toBeChecked();
  }
  await expect(page.getByRole('alert')).toContainText('Inquiry alone is never enough');
  await expect(methods.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  const draw = page.getByRole('region', { name: 'Draw a sample' });
  await expect(draw.getByLabel(/^Sample size/)).toHaveAttribute('placeholder', '5');
  await expect(draw.getByText('Suggested 5: population of 12 rows, 6–50 rows → 5. Leave blank to use it.')).toBeVisible();
  await draw.getByLabel(/^Seed/).fill('e2e-seed');
  await draw.getByRole('button', { name: 'Draw sample' }).click();
  const sample = page.getByRole('region', { name: 'Sample 1: 5 of 12 rows of POP-1' });
  await expect(sample).toContainText('Seed e2e-seed');
  await expect(sample).toContainText('Reproducible: same seed, same rows');
  const rows = drawSample(12, 5, 'e2e-seed').rows;
  for (const row of rows) await expect(sample.getByLabel(`Result for row ${row}`, { exact: true })).toBeVisible();

  for (const row of rows.slice(0, 4)) {
    await sample.getByLabel(`Result for row ${row}`, { exact: true }).selectOption('pass');
    await expect(sample.getByLabel(`Result for row ${row}`, { exact: true })).toHaveValue('pass');
  }
  const failing = rows[4]!;
  await sample.getByLabel(`Note for row ${failing}`, { exact: true }).fill('Disabled three days after the last day');
  await sample.getByLabel(`Note for row ${failing}`, { exact: true }).press('Tab');
  await sample.getByLabel(`Result for row ${failing}`, { exact: true }).selectOption('exception');
  await sample.getByRole('button', { name: `Record exception for row ${failing}` }).click();
  await page.getByLabel('What happened').fill('Accounts disabled three days after the last working day.');
  await page.getByLabel('Root cause').fill('The IT task had no due date and waited over a weekend.');
  await page.getByLabel('Management response').fill('Accounts are now disabled automatically at 18:00 on the last day.');
  await page.getByLabel('Owner of the response').fill('Jo Park');
  await page.getByRole('button', { name: 'Save exception' }).click();
  await expect(page.getByRole('article', { name: /^Exception on E1\d\d · / })).toBeVisible();
  await expect(sample.getByText('Exception recorded')).toBeVisible();
  await expect(page.getByText('The results suggest: Exceptions noted.')).toBeVisible();

  await page.getByRole('combobox', { name: /^Conclusion/ }).selectOption('exceptions-noted');
  await page.getByLabel('Conclusion note').fill('One of five leavers kept access for three days.');
  await page.getByRole('button', { name: 'Save conclusion' }).click();
  await expect(page.getByRole('row', { name: /ACC-05/ }).getByText('Exceptions noted')).toBeVisible();
  await expect(sample.getByLabel(`Result for row ${rows[0]}`, { exact: true })).toBeDisabled();
  await shot(page, 'testing-readiness');
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);

  // Keyboard: arrows move through the control list.
  await page.getByRole('button', { name: 'ACC-05', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'RSK-04', exact: true })).toBeFocused();

  await part(page, 'Period coverage').click();
  const riskRow = page.getByRole('row', { name: /^RSK-04 Risk register/ });
  await expect(riskRow).toContainText('quarterly: 2 due, 1 evidenced');
  await expect(riskRow).toContainText('1 missing');
  await riskRow.getByRole('button', { name: 'Show occurrences of RSK-04' }).click();
  await expect(page.getByRole('row', { name: /Quarter 2 2025-04-01 – 2025-06-30 Missing/ })).toBeVisible();
  await page.getByRole('button', { name: 'Did not occur… RSK-04 Quarter 2' }).click();
  await page.getByLabel('Why it did not occur').fill('The risk committee did not meet in Q2; the register was not changed.');
  await page.getByLabel('Evidence that it did not occur').selectOption({ label: 'EV-0002 RSK-04_no-meeting-attestation_2025-Q2.pdf (attestation)' });
  await shot(page, 'testing-coverage-not-occurred');
  await page.getByRole('button', { name: 'Save “did not occur”' }).click();
  await expect(riskRow).toContainText('quarterly: 2 due, 2 evidenced, 1 did not occur');
  await expect(page.getByRole('row', { name: /Quarter 2 .* Did not occur \(evidenced\)/ })).toBeVisible();
  await shot(page, 'testing-coverage');
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);
});

test('internal readiness testing: the demo shows its samples, its exception and the missed quarter', async ({ page, server }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await step4(page).click();
  await part(page, 'Populations').click();
  await expect(page.getByRole('row', { name: /POP-3 Production changes/ })).toContainText('164');
  await shot(page, 'testing-demo-populations');

  await part(page, 'Readiness testing').click();
  await page.getByRole('button', { name: 'ACC-05', exact: true }).click();
  await expect(page.getByText('Seed bw-leavers-2026')).toBeVisible();
  await expect(page.getByRole('article', { name: /^Exception on / })).toContainText('Root cause');
  await shot(page, 'testing-demo-readiness');
  await expectNoSideScroll(page);
  await shotAt(page, 'testing-demo-readiness-top', page.getByRole('heading', { name: 'Internal readiness testing', level: 2 }));
  await expectNoAxeViolations(page);

  await page.getByRole('group', { name: 'Sample sizes for this engagement' }).or(page.getByText('Sample sizes for this engagement')).first().click();
  await expect(page.getByRole('table', { name: 'By population size (per-event controls)' })).toContainText('10 % rounded up');
  await shot(page, 'testing-demo-sample-sizes');

  await part(page, 'Period coverage').click();
  await expect(page.getByRole('row', { name: /ACC-06/ }).first()).toContainText('quarterly: 2 due, 1 evidenced');
  await page.getByLabel('Show').selectOption('gaps');
  await page.getByRole('button', { name: 'Show occurrences of ACC-06' }).click();
  await expect(page.getByRole('row', { name: /Quarter 2 2026-07-01 – 2026-09-30 Missing/ })).toBeVisible();
  await shotAt(page, 'testing-demo-coverage', page.getByRole('row', { name: /ACC-06/ }).first());
  await expectNoAxeViolations(page);
});
