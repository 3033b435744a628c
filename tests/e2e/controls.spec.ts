import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openStep3(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('link', { name: /Step 3: Control Implementation/ }).click();
  await expect(page.getByRole('heading', { name: 'Control Implementation', level: 1 })).toBeVisible();
}

const today = () => new Date().toISOString().slice(0, 10);

test('adopt the recommended set, edit a control, bulk-edit and see the coverage follow', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Organisation name').fill('Acme Cloud Ltd');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await openStep3(page);

  // A new engagement starts from a guided empty state whose first action adopts the recommended set.
  await expect(page.getByRole('heading', { name: 'Start with the controls that fit your scope' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /Adopt the recommended set for your scope \(\d+ controls\)/ }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row', { name: /ACC-06/ })).toBeVisible();
  // Security only: no privacy controls in the set.
  await page.getByLabel('Search').fill('PRV-');
  await expect(page.getByText('No controls match these filters.')).toBeVisible();
  await page.getByLabel('Search').fill('ACC-06');
  await expect(page.getByText('Showing 1 of')).toBeVisible();

  // Edit one control in its dialog: every field saves as it is left or chosen.
  await grid.getByRole('button', { name: /Quarterly user access review/ }).click();
  const dialog = page.getByRole('dialog', { name: /Quarterly user access review/ });
  await expect(dialog).toBeVisible();
  const owner = dialog.getByRole('textbox', { name: /^Owner/ });
  await owner.fill('Sam Ortiz (IT)');
  await owner.press('Tab');
  await expect(owner).toHaveValue('Sam Ortiz (IT)');
  await dialog.getByLabel('Implementation status').selectOption('implemented');
  const notes = dialog.getByRole('textbox', { name: /^Implementation notes/ });
  await notes.fill('Run in the first two weeks of each quarter from the identity provider export.');
  await notes.blur();
  // The schedule over the period: none set yet in this engagement, so it says where to set it.
  await expect(dialog.getByText(/Set the report type and its period/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const row = grid.getByRole('row', { name: /ACC-06/ });
  await expect(row).toContainText('Sam Ortiz (IT)');
  await expect(row).toContainText('Implemented');

  // Keyboard and bulk edit: select two rows with Space and give them an owner at once.
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Without an owner').check();
  const first = grid.locator('tbody tr').first();
  await first.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const bulk = page.getByRole('region', { name: 'Bulk edit' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByLabel('New owner').fill('Priya Raman');
  await bulk.getByRole('button', { name: 'Apply to 2 controls' }).click();
  await expect(bulk).toBeHidden();
  await page.getByLabel('Without an owner').uncheck();
  await page.getByLabel('Search').fill('Priya Raman');
  await expect(page.getByText(/^Showing 2 of/)).toBeVisible();

  // Coverage follows the implemented control: CC6.2 is covered, others stand out.
  await page.getByRole('tab', { name: /Coverage/ }).click();
  const matrix = page.getByRole('table', { name: 'Criteria coverage matrix' });
  await expect(matrix.getByRole('row', { name: /CC6\.2/ })).toContainText('Covered');
  await expect(matrix.getByRole('row', { name: /CC1\.1/ })).toContainText('Being implemented');
  await page.getByLabel('Show').selectOption('covered');
  await expect(matrix.getByRole('row')).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);
});

test('approve a policy version, then import acknowledgements from an HR export with odd column names and a bad row', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open the demo engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // The demo's overdue policy review and overdue remediation are flagged on the dashboard.
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue).toContainText('Physical Security Policy');
  await expect(overdue).toContainText(/\d+ overdue/);

  await openStep3(page);
  await page.getByRole('tab', { name: /Policies/ }).click();
  await expect(page.getByRole('list', { name: 'Policies by state' })).toContainText('1 review overdue');
  await page.getByRole('button', { name: 'Backup Policy' }).click();
  await expect(page.getByRole('heading', { name: /Backup Policy/, level: 2 })).toBeFocused();

  // Edit the draft: the preview follows the Markdown, and the draft is saved as it is typed.
  const text = page.getByLabel('Policy text (Markdown)');
  await text.press('ControlOrMeta+End');
  await text.pressSequentially('\n\n## Restore tests\n\nA restore is tested **every quarter**.\n');
  await expect(page.getByRole('article', { name: 'Backup Policy, preview' }).getByRole('heading', { name: 'Restore tests' })).toBeVisible();
  await text.blur();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versions of Backup Policy' });
  await expect(versions).toContainText('Draft');

  // Approve version 1.
  const approval = page.getByRole('region', { name: 'Approve version 1' });
  await approval.getByLabel('Approved by').fill('Dana Whitfield (CEO)');
  await approval.getByRole('button', { name: 'Record approval of version 1' }).click();
  await expect(page.getByRole('heading', { name: /Backup Policy/, level: 2 })).toContainText('Approved');
  await expect(versions).toContainText(`${today()} by Dana Whitfield (CEO)`);
  await expect(versions).toContainText('in force');
  await expect(page.getByText(/Version 1 is approved and never changes/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Import from the register: the file names the policy per row; the date column has a heading
  // nothing recognises, so it is chosen by hand.
  await page.getByRole('button', { name: '← All policies' }).click();
  await page.getByRole('button', { name: 'Import acknowledgements (CSV)' }).click();
  const csv = [
    '\uFEFFWorker;Primary E-mail Address;Document Title;Doc Rev;When',
    `Nora Quist;nora.quist@brightwave.example;Backup Policy;v1;${today()}`,
    `Ivo Marsh;ivo.marsh@brightwave.example;Backup Policy;1;${today()}`,
    'Ivo Marsh;ivo.marsh@brightwave.example;Expense Policy;1;2026-04-02',
    'Ada Finch;ada.finch@brightwave.example;Code of Conduct;1;2026-04-02',
    'Bo Lind;bo.lind(at)brightwave.example;Code of Conduct;1;2026-04-03',
  ].join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'hr-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText('5 rows below the headings.')).toBeVisible();
  const mapping = page.getByRole('group', { name: 'Which column holds each field?' });
  await expect(mapping.getByRole('combobox', { name: /^E-mail/ })).toHaveValue('1');
  await expect(mapping.getByRole('combobox', { name: /^Person/ })).toHaveValue('0');
  await expect(mapping.getByRole('combobox', { name: /^Policy/ })).toHaveValue('2');
  await expect(mapping.getByRole('combobox', { name: /^Version/ })).toHaveValue('3');
  await mapping.getByRole('combobox', { name: /^Acknowledged on \(required\)/ }).selectOption({ label: 'When' });
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  const outcome = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(outcome).toContainText('Imported 3 acknowledgements. 2 rows were not imported:');
  const skipped = page.getByRole('table', { name: 'Rows not imported' });
  await expect(skipped.getByRole('row', { name: /^4 / })).toContainText('Policy “Expense Policy” is not a policy of this engagement');
  await expect(skipped.getByRole('row', { name: /^6 / })).toContainText('is not an e-mail address');
  await expect(skipped).toContainText('Bo Lind');
  expect(await axeViolations(page)).toEqual([]);

  // The rates per policy and version follow.
  await page.getByRole('button', { name: 'Close import' }).click();
  await page.getByRole('button', { name: 'Backup Policy' }).click();
  await expect(page.getByRole('list', { name: 'Acknowledgement rate per version' })).toContainText('Version 1: 2 people — 2.4 % (in force)');
  await expect(page.getByRole('table', { name: /acknowledgements/ })).toContainText('nora.quist@brightwave.example');
});
