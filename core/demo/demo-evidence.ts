import PDFDocument from 'pdfkit';
import type { Workspace } from '../../db/workspace';
import type { Catalog } from '../catalog/catalog-schema';
import { readEvidenceControls } from '../evidence/evidence-views';
import { addEvidenceBytes } from '../evidence/add-bytes';
import type { ImportMetadata } from '../evidence/import-file';
import { Canvas, type Rgb } from './png';

/**
 * The demo's evidence, generated at demo time through the same store an import uses: CSV exports
 * from the (fictional) systems, PDF sign-offs made with pdfkit, PNG "screenshots" drawn with a tiny
 * encoder. Names follow the app's own naming pattern. The quarterly access review (ACC-06) has its
 * Q2 evidence but none for Q3, the occurrence the demo shows as missed.
 */

const PEOPLE = ['Maya Okafor', 'Liam Chen', 'Sofia Rossi', 'Noah Schmidt', 'Aisha Rahman', 'Lucas Martin', 'Emma Novak', 'Mateo Silva', 'Hannah Berg', 'Yusuf Demir', 'Olivia Brennan', 'Kenji Watanabe', 'Chloé Dubois', 'Arjun Mehta', 'Grace Mensah', 'Felix Wagner', 'Zara Haddad', 'Tomás Herrera', 'Ingrid Larsen', 'Daniel Kowalski'];
const GROUPS = ['eng-platform', 'eng-data', 'support', 'finance', 'sales', 'admin-prod'];

/** A small deterministic generator, so the demo is the same every time it is built. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const email = (name: string) => `${name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '.')}@brightwave.example`;

function csv(header: string[], rows: (string | number)[][]): Buffer {
  const cell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  return Buffer.from([header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

function day(start: string, offset: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

function accessReview(): Buffer {
  const random = sequence(6);
  return csv(
    ['user', 'email', 'group', 'manager', 'decision', 'reviewed_by', 'reviewed_on'],
    PEOPLE.map((name, index) => [name, email(name), GROUPS[index % GROUPS.length]!, PEOPLE[(index + 7) % PEOPLE.length]!, random() < 0.12 ? 'remove' : 'keep', 'Maya Okafor', day('2026-06-22', Math.floor(random() * 5))]),
  );
}

function privilegedReview(quarterStart: string): Buffer {
  const admins = PEOPLE.slice(0, 5);
  return csv(
    ['account', 'system', 'role', 'owner', 'still_needed', 'reviewed_on'],
    admins.flatMap((name, index) => [
      [email(name), 'AWS production', index === 0 ? 'OrganizationAdmin' : 'PowerUser', name, 'yes', day(quarterStart, 80 + index)],
      [email(name), 'PostgreSQL (prod)', 'rds_superuser', name, index === 4 ? 'no - removed' : 'yes', day(quarterStart, 80 + index)],
    ]),
  );
}

function changeTickets(): Buffer {
  const random = sequence(2);
  const kinds = ['standard', 'standard', 'standard', 'normal', 'emergency'];
  return csv(
    ['key', 'summary', 'type', 'requested_by', 'approved_by', 'pull_request', 'deployed_at'],
    Array.from({ length: 48 }, (_, index) => {
      const requester = PEOPLE[Math.floor(random() * 10)]!;
      const approver = PEOPLE[(PEOPLE.indexOf(requester) + 1 + Math.floor(random() * 5)) % 10]!;
      return [`BW-${1200 + index}`, `Forecast service change ${index + 1}`, kinds[Math.floor(random() * kinds.length)]!, requester, approver, `#${3400 + index * 3}`, `${day('2026-04-01', Math.floor(index * 1.9))}T${String(9 + (index % 8)).padStart(2, '0')}:15:00Z`];
    }),
  );
}

function backupLog(): Buffer {
  return csv(
    ['date', 'job', 'status', 'duration_min', 'size_gb', 'alert_sent'],
    Array.from({ length: 30 }, (_, index) => [day('2026-06-01', index), 'rds-prod-nightly', index === 17 ? 'failed' : 'succeeded', 34 + (index % 7), (412 + index * 1.7).toFixed(1), index === 17 ? 'yes (re-run succeeded 04:10)' : 'no']),
  );
}

function scanSummary(): Buffer {
  const random = sequence(3);
  return csv(
    ['week_starting', 'scanner', 'critical', 'high', 'medium', 'fixed_within_deadline'],
    Array.from({ length: 13 }, (_, index) => [day('2026-03-30', index * 7), 'Trivy + Inspector', index === 5 ? 1 : 0, Math.floor(random() * 4), 5 + Math.floor(random() * 12), 'yes']),
  );
}

function trainingReport(): Buffer {
  return csv(
    ['employee', 'course', 'completed_on', 'score'],
    PEOPLE.map((name, index) => [name, 'Security awareness 2026', day('2026-04-06', index * 2), 80 + ((index * 7) % 21)]),
  );
}

function backgroundChecks(): Buffer {
  return csv(
    ['employee', 'start_date', 'check_completed', 'provider', 'result'],
    PEOPLE.slice(14).map((name, index) => [name, day('2026-04-13', index * 21), day('2026-04-06', index * 21), 'Clearstone Screening', 'clear']),
  );
}

/** A one-page PDF, read synchronously from pdfkit's buffer (the demo is built in one go). */
function pdf(title: string, lines: string[]): Buffer {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Brightwave Analytics, Inc.', CreationDate: new Date('2026-07-01T09:00:00Z') } });
  doc.fontSize(18).text(title);
  doc.moveDown();
  doc.fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  const parts: Buffer[] = [];
  for (let part = doc.read() as Buffer | null; part !== null; part = doc.read() as Buffer | null) parts.push(part);
  return Buffer.concat(parts);
}

const GREY: Rgb = [238, 240, 244];
const WHITE: Rgb = [255, 255, 255];
const NAVY: Rgb = [35, 61, 143];
const GREEN: Rgb = [28, 140, 76];
const LINE: Rgb = [213, 217, 224];

/** A settings page: top bar, side menu, and rows each ending in a switch that is on (green). */
function settingsScreenshot(rows: number, off: number[] = []): Buffer {
  const canvas = new Canvas(800, 480, GREY).rect(0, 0, 800, 48, NAVY).rect(0, 48, 180, 432, WHITE).rect(180, 48, 1, 432, LINE);
  for (let item = 0; item < 8; item += 1) canvas.rect(20, 72 + item * 36, 110 - (item % 3) * 20, 10, item === 2 ? NAVY : LINE);
  canvas.rect(210, 72, 560, 380, WHITE);
  for (let row = 0; row < rows; row += 1) {
    const y = 96 + row * 48;
    canvas.rect(230, y, 220 - (row % 4) * 30, 12, [79, 91, 107]).rect(230, y + 18, 300, 8, LINE).rect(230, y + 38, 520, 1, LINE);
    canvas.rect(690, y + 2, 44, 22, off.includes(row) ? LINE : GREEN).rect(off.includes(row) ? 692 : 712, y + 4, 20, 18, WHITE);
  }
  return canvas.toPng();
}

interface DemoEvidence {
  control: string;
  fileName: string;
  bytes: () => Buffer;
  metadata: ImportMetadata;
  captured: string;
}

const EVIDENCE: DemoEvidence[] = [
  { control: 'ACC-06', fileName: 'ACC-06_user-access-review_okta_2026-Q2.csv', bytes: accessReview, captured: '2026-06-26', metadata: { description: 'User access review of Okta groups, Q2', sourceSystem: 'Okta', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export' } },
  {
    control: 'ACC-06',
    fileName: 'ACC-06_access-review-sign-off_okta_2026-Q2.pdf',
    bytes: () => pdf('Quarterly user access review: Q2 2026 sign-off', ['System: Brightwave Insights Platform (Okta groups for production, data and support).', 'Reviewer: Maya Okafor, Head of Security. Review completed 26 June 2026.', '20 accounts reviewed; 2 marked for removal and removed on 29 June 2026 (tickets BW-1291, BW-1292).', 'Signed: Maya Okafor        Approved: Liam Chen, CTO']),
    captured: '2026-06-29',
    metadata: { description: 'Access review sign-off, Q2', sourceSystem: 'Okta', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'document' },
  },
  { control: 'ACC-07', fileName: 'ACC-07_privileged-access-review_aws_2026-Q2.csv', bytes: () => privilegedReview('2026-04-01'), captured: '2026-06-24', metadata: { description: 'Privileged access review', sourceSystem: 'AWS', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export' } },
  { control: 'ACC-07', fileName: 'ACC-07_privileged-access-review_aws_2026-Q3.csv', bytes: () => privilegedReview('2026-07-01'), captured: '2026-09-23', metadata: { description: 'Privileged access review', sourceSystem: 'AWS', coversFrom: '2026-07-01', coversTo: '2026-09-30', method: 'export' } },
  { control: 'ACC-02', fileName: 'ACC-02_mfa-policy_okta_2026-06-15.png', bytes: () => settingsScreenshot(6), captured: '2026-06-15', metadata: { description: 'MFA policy settings', sourceSystem: 'Okta', coversTo: '2026-06-15', method: 'screenshot' } },
  { control: 'ACC-15', fileName: 'ACC-15_laptop-compliance_kandji_2026-09-01.png', bytes: () => settingsScreenshot(7, [5]), captured: '2026-09-01', metadata: { description: 'Laptop compliance dashboard', sourceSystem: 'Kandji', coversTo: '2026-09-01', method: 'screenshot' } },
  { control: 'CHG-02', fileName: 'CHG-02_change-tickets_jira_2026-Q2.csv', bytes: changeTickets, captured: '2026-07-02', metadata: { description: 'Change tickets', sourceSystem: 'Jira', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export' } },
  { control: 'BCP-02', fileName: 'BCP-02_backup-job-log_aws-backup_2026-06.csv', bytes: backupLog, captured: '2026-07-01', metadata: { description: 'Backup job log', sourceSystem: 'AWS Backup', coversFrom: '2026-06-01', coversTo: '2026-06-30', method: 'export' } },
  { control: 'OPS-03', fileName: 'OPS-03_vulnerability-scan-summary_inspector_2026-Q2.csv', bytes: scanSummary, captured: '2026-07-03', metadata: { description: 'Vulnerability scan summary', sourceSystem: 'Inspector', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export' } },
  { control: 'HR-03', fileName: 'HR-03_security-training-completion_bamboohr_2026-05-31.csv', bytes: trainingReport, captured: '2026-05-31', metadata: { description: 'Security training completion', sourceSystem: 'BambooHR', coversTo: '2026-05-31', method: 'export' } },
  {
    control: 'HR-01',
    fileName: 'HR-01_background-checks_clearstone_2026-Q2.csv',
    bytes: backgroundChecks,
    captured: '2026-07-01',
    metadata: { description: 'Background checks for new starters (personal data: withheld from the package)', sourceSystem: 'Clearstone', coversFrom: '2026-04-01', coversTo: '2026-06-30', method: 'export', redacted: true },
  },
  {
    control: 'GOV-09',
    fileName: 'GOV-09_policy-approval-record_2026-04-15.pdf',
    bytes: () => pdf('Information security policy set: approval record', ['The policy set was reviewed by the security owner and approved by the CEO on 15 April 2026.', 'Policies: information security, acceptable use, access control, change management, incident response, backup, vendor management, data classification.', 'Next review due: April 2027.', 'Approved: Sofia Rossi, CEO']),
    captured: '2026-04-15',
    metadata: { description: 'Policy approval record', coversTo: '2026-04-15', method: 'document' },
  },
];

export function addDemoEvidence(workspace: Workspace, catalog: Catalog): void {
  const adopted = new Map(workspace.read((db) => readEvidenceControls(db, catalog)).map((control) => [control.ref, control]));
  for (const evidence of EVIDENCE) {
    const control = adopted.get(evidence.control);
    if (!control) continue;
    addEvidenceBytes(workspace, evidence.fileName, evidence.bytes(), { collector: 'Maya Okafor', controls: [control.ref], criteria: control.criteria.slice(0, 2), ...evidence.metadata }, new Date(`${evidence.captured}T12:00:00Z`));
  }
}
