import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { addEvidenceBytes } from '../../core/evidence/add-bytes';
import { createEngagementWorkspace } from '../../core/engagement-factory';
import { updateEngagement } from '../../db/queries/engagement';
import { expect, test } from './support/fixtures';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The client's workspace, made the way the app makes one, with a few edits and (optionally) evidence. */
function clientWorkspace(file: string, evidence: { name: string; bytes: Buffer }[] = []): void {
  const workspace = createEngagementWorkspace(file, { organisationName: 'Acme Cloud Ltd', actor: 'Priya (client)' });
  try {
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { systemName: 'Acme Billing Platform', cpaFirm: 'Ledger & Vale LLP' }, workspace.now()));
    for (const item of evidence) addEvidenceBytes(workspace, item.name, item.bytes, { controls: ['ACC-04'], criteria: ['CC6.2'] });
  } finally {
    workspace.close();
  }
}

async function openForReview(page: Page, file: string): Promise<void> {
  await page.getByLabel('Or its full path').fill(file);
  await page.getByRole('button', { name: 'Verify and open for review' }).click();
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an auditor reviews a received file, and the client imports the review', async ({ page, server }) => {
  const clientFile = path.join(server.dataDir, 'Acme.soc2');
  clientWorkspace(clientFile);
  // The client sends a copy; the auditor saves it to an inbox folder.
  const inbox = path.join(server.dataDir, 'inbox');
  fs.mkdirSync(inbox);
  const received = path.join(inbox, 'Acme received.soc2');
  fs.copyFileSync(clientFile, received);
  const receivedSha = sha256(received);

  await page.goto(server.url);
  await openForReview(page, received);
  await expect(page.getByRole('heading', { name: 'Verification report', level: 1 })).toBeVisible();
  const banner = page.getByRole('region', { name: 'Review of a received file' });
  await expect(banner).toContainText('Reviewing Acme received.soc2');
  await expect(banner).toContainText('Not sealed — file SHA-256');
  await expect(banner.getByRole('link', { name: 'Verification passed' })).toBeVisible();
  await expect(page.getByText('Every check passed.')).toBeVisible();
  await expect(page.getByText(receivedSha)).toBeVisible();
  for (const title of ['Workspace file format', 'Database schema', 'Database integrity', 'Activity log chain', 'Evidence file hashes', 'Sealed snapshots']) {
    await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }
  await expect(page.getByText('Read-only: nothing here can be changed')).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Export the report as PDF' }).click();
  await expect(page.getByText(/^Saved \d+-page PDF to /)).toBeVisible();
  const pdf = path.join(server.dataDir, 'Acme received verification report.pdf');
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(receivedSha);

  // The normal screens are there, read-only; a change is refused with a clear message.
  await page.getByRole('link', { name: /Step 1: Scope Definition/ }).click();
  await expect(page.getByRole('heading', { name: 'Scope Definition', level: 1 })).toBeVisible();
  await expect(banner).toBeVisible();

  await page.getByRole('link', { name: 'Review: requests and notes' }).click();
  await expect(page.getByRole('heading', { name: 'Review: requests and notes', level: 1 })).toBeVisible();
  await expect(page.getByText('Created with your first entry')).toBeVisible();
  await page.getByLabel('Reviewer').fill('Dana Whitfield');
  await page.getByLabel('Firm').fill('Ledger & Vale LLP');
  await page.getByLabel('Firm').blur();
  await expect(page.getByText(/^Saved to the review file at/).first()).toBeVisible();

  await page.getByLabel('Reference').fill('R-07');
  await page.getByLabel('Request', { exact: true }).fill('Population of production changes deployed between April and September.');
  await page.getByLabel('Due date').fill('2026-12-15');
  await page.getByRole('button', { name: 'Add request' }).click();
  await expect(page.getByRole('cell', { name: 'Population of production changes deployed between April and September.' })).toBeVisible();

  await page.getByLabel('Search').fill('CC6.1');
  await page.getByRole('button', { name: 'Add a note on CC6.1' }).click();
  await expect(page.getByLabel('Which criterion')).toHaveValue('CC6.1');
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.getByLabel('Note', { exact: true }).fill('Explain how MFA exceptions for service accounts are approved.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('heading', { name: 'Criterion CC6.1', level: 3 })).toBeVisible();
  await expectAxeClean(page);

  const reviewFile = path.join(server.dataDir, 'Acme received review.soc2review');
  const saved = JSON.parse(fs.readFileSync(reviewFile, 'utf8')) as { reviewer: { name: string }; workspace: { fileSha256: string }; requests: { reference: string }[]; notes: { target: { ref: string } }[] };
  expect(saved).toMatchObject({ reviewer: { name: 'Dana Whitfield' }, workspace: { fileSha256: receivedSha }, requests: [{ reference: 'R-07' }], notes: [{ target: { ref: 'CC6.1' } }] });

  const forClient = path.join(server.dataDir, 'Acme review for the client.soc2review');
  await page.getByLabel('Save the review file as (full path)').fill(forClient);
  await page.getByRole('button', { name: 'Save as', exact: true }).click();
  await expect(page.getByText(forClient, { exact: true })).toBeVisible();
  expect(fs.existsSync(forClient)).toBe(true);

  await page.getByRole('button', { name: 'Close workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Open for review' })).toBeVisible();
  expect(sha256(received)).toBe(receivedSha);

  // The client's side.
  await page.getByRole('button', { name: /^Acme\.soc2/ }).first().click();
  await page.getByRole('link', { name: /Step 5: Audit & Attestation/ }).click();
  await page.getByRole('button', { name: /Auditor requests \(PBC\)/ }).click();
  await page.getByRole('button', { name: 'Import the auditor’s review file…' }).click();
  await page.getByRole('button', { name: 'Import Acme review for the client.soc2review' }).click();
  await expect(page.getByText('Imported from Dana Whitfield, Ledger & Vale LLP: 1 request, 1 note, 0 samples.')).toBeVisible();
  await expect(page.getByRole('cell', { name: /Population of production changes deployed between April and September\./ })).toBeVisible();
  const fromAuditor = page.getByRole('region', { name: 'From the auditor’s review' });
  await expect(fromAuditor.getByRole('heading', { name: /Criterion CC6\.1/ })).toBeVisible();
  await expect(fromAuditor.getByText('Explain how MFA exceptions for service accounts are approved.')).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Import Acme review for the client.soc2review' }).click();
  await expect(page.getByText(/^Nothing new in Acme review for the client\.soc2review/)).toBeVisible();
  await expect(page.getByRole('cell', { name: /Population of production changes/ })).toHaveCount(1);
});

test('a tampered copy shows exactly the evidence item and the log entry that fail', async ({ page, server }) => {
  const original = path.join(server.dataDir, 'Acme.soc2');
  clientWorkspace(original, [
    { name: 'access-review-q3.csv', bytes: Buffer.alloc(1024 * 1024 + 5000, 'user,role,approved\n') },
    { name: 'mfa-policy.txt', bytes: Buffer.from('MFA is required for every account.\n') },
  ]);
  const tampered = path.join(server.dataDir, 'Acme tampered.soc2');
  fs.copyFileSync(original, tampered);
  const db = new Database(tampered);
  const blob = db.prepare("SELECT blob_id FROM evidence_item WHERE file_name = 'access-review-q3.csv'").pluck().get() as number;
  const chunk = db.prepare('SELECT data FROM evidence_chunk WHERE blob_id = ? AND seq = 1').pluck().get(blob) as Buffer;
  chunk[100] = chunk[100]! ^ 0x01;
  db.prepare('UPDATE evidence_chunk SET data = ? WHERE blob_id = ? AND seq = 1').run(chunk, blob);
  const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'activity_log_no_update'").pluck().get() as string;
  db.exec('DROP TRIGGER activity_log_no_update');
  db.prepare("UPDATE activity_log SET actor = 'someone else' WHERE seq = 2").run();
  db.exec(trigger);
  db.close();

  await page.goto(server.url);
  await page.getByLabel('Received file in').selectOption({ label: 'Acme tampered.soc2' });
  await page.getByRole('button', { name: 'Verify and open for review' }).click();
  await expect(page.getByRole('heading', { name: 'Verification report', level: 1 })).toBeVisible();
  await expect(page.getByText('2 checks failed, with 2 individual failures.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Review of a received file' }).getByRole('link', { name: 'Verification: 2 checks failed' })).toBeVisible();

  const failures = page.locator('.report-check__failures tbody tr');
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(0)).toContainText('Log entry 2');
  await expect(failures.nth(0)).toContainText('its content was changed after it was written');
  await expect(failures.nth(1)).toContainText('Evidence EV-0001 (access-review-q3.csv)');
  await expect(failures.nth(1)).toContainText('no longer match the SHA-256 recorded when it was added');
  await expect(page.locator('.report-check--failed')).toHaveCount(2);
  await expect(page.locator('.report-check--failed h2')).toHaveText(['Activity log chain', 'Evidence file hashes']);
  await expect(page.locator('.report-check--passed h2')).toHaveText(['Workspace file format', 'Database schema', 'Database integrity']);

  // What verifies can still be browsed; the failing evidence item is marked where it is found.
  await page.getByRole('link', { name: 'Review: requests and notes' }).click();
  await page.getByLabel('Search').fill('EV-000');
  const evidence = page.getByRole('listitem').filter({ hasText: 'EV-0001 access-review-q3.csv' });
  await expect(evidence.getByText('Failed verification')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'EV-0002 mfa-policy.txt' }).getByText('Failed verification')).toHaveCount(0);
});

test('a file that cannot be read safely is not opened: its report is shown instead', async ({ page, server }) => {
  const file = path.join(server.dataDir, 'Acme altered.soc2');
  clientWorkspace(file);
  const db = new Database(file);
  db.exec('CREATE VIEW extra AS SELECT 1');
  db.close();
  const before = sha256(file);

  await page.goto(server.url);
  await openForReview(page, file);
  await expect(page.getByRole('heading', { name: 'Acme altered.soc2 cannot be opened for review' })).toBeFocused();
  await expect(page.getByText('1 check failed: the file could not be read safely.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'unexpected view extra' })).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Close the report' }).click();
  await expect(page.getByRole('heading', { name: /cannot be opened for review/ })).toHaveCount(0);
  expect(sha256(file)).toBe(before);
});
