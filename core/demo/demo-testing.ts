import PDFDocument from 'pdfkit';
import { parseEvidenceRef } from '../../db/queries/evidence';
import { upsertNonOccurrence } from '../../db/queries/non-occurrences';
import { getPopulationRows } from '../../db/queries/populations';
import { findReadinessTestByControl, insertException, listSampleItems, updateReadinessTest, updateSampleItem } from '../../db/queries/readiness-tests';
import type { Workspace } from '../../db/workspace';
import type { Catalog } from '../catalog/catalog-schema';
import { addEvidenceBytes } from '../evidence/add-bytes';
import { addPopulationBytes } from '../testing/population-csv/add-population-bytes';
import { readTestableControls } from '../testing/read-testing-facts';
import { ensureReadinessTest, recordSample } from '../testing/record-sample';
import { DEMO_SEEDS, LATE_LEAVER_ROW, changesCsv, hiresCsv, leaversCsv } from './demo-testing-data';

/**
 * Step 4 of the demo, internal readiness testing: three populations with their provenance (hires and
 * leavers from the HR system, production changes from the ticket system), samples drawn with recorded
 * seeds, results, one exception with its root cause and management's response, one test still in
 * progress, and a control that did not operate in the period (no disciplinary cases), shown by a
 * signed attestation. The missed quarterly occurrence is the access review's third quarter (ACC-06),
 * whose evidence the evidence step of the demo leaves out.
 */

const PERIOD = { coversFrom: '2026-04-01', coversTo: '2026-09-30' };
const TESTER = 'Elena Marsh (Meridian Readiness Partners)';

/** A one-page PDF, read synchronously from pdfkit's buffer (the demo is built in one go). */
function attestationPdf(lines: string[]): Buffer {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Attestation: no disciplinary cases', Author: 'Brightwave Analytics, Inc.', CreationDate: new Date('2026-10-06T09:00:00Z') } });
  doc.fontSize(18).text('Attestation: no disciplinary cases in the period');
  doc.moveDown();
  doc.fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  const parts: Buffer[] = [];
  for (let part = doc.read() as Buffer | null; part !== null; part = doc.read() as Buffer | null) parts.push(part);
  return Buffer.concat(parts);
}

export function addDemoTesting(workspace: Workspace, catalog: Catalog): void {
  const controls = new Map(workspace.read((db) => readTestableControls(db, catalog)).map((control) => [control.ref, control]));
  const ids = (...refs: string[]) => refs.flatMap((ref) => controls.get(ref)?.id ?? []);
  const now = () => workspace.now();

  const hires = addPopulationBytes(
    workspace,
    { name: 'New hires, April–September 2026', sourceSystem: 'BambooHR', query: 'Report “Hires by start date”, start date 2026-04-01 to 2026-09-30, all employment types', ranBy: 'Sam Ortiz', ranOn: '2026-10-02', ...PERIOD, controlIds: ids('HR-07', 'HR-01', 'ACC-04'), fileName: 'bamboohr_hires_2026-04-01_2026-09-30.csv' },
    hiresCsv(),
  );
  const leavers = addPopulationBytes(
    workspace,
    { name: 'Leavers, April–September 2026', sourceSystem: 'BambooHR', query: 'Report “Terminations by last working day”, 2026-04-01 to 2026-09-30, joined with the Okta deactivation date', ranBy: 'Sam Ortiz', ranOn: '2026-10-02', ...PERIOD, controlIds: ids('ACC-05', 'HR-08'), fileName: 'bamboohr_leavers_2026-04-01_2026-09-30.csv' },
    leaversCsv(),
  );
  const changes = addPopulationBytes(
    workspace,
    { name: 'Production changes, April–September 2026', sourceSystem: 'Jira (project CHG)', query: 'project = CHG AND status = Deployed AND deployed >= 2026-04-01 AND deployed <= 2026-09-30', ranBy: 'Tom Okafor', ranOn: '2026-10-03', ...PERIOD, controlIds: ids('CHG-02'), fileName: 'jira_chg_deployed_2026-04-01_2026-09-30.csv' },
    changesCsv(),
  );

  const onboarding = controls.get('HR-07');
  if (onboarding) {
    const sample = recordSample(workspace, catalog, { controlId: onboarding.id, source: 'population', populationId: hires.populationId, seed: DEMO_SEEDS.hires });
    workspace.write({ action: 'sample.setResult', subject: `control:${onboarding.id}`, details: { control: 'HR-07', results: 'all pass' } }, (db) => {
      for (const item of sample.items) updateSampleItem(db, sample.sampleId, item.position, { result: 'pass', note: `Checklist ${item.cells?.[6] ?? ''} complete and signed by the manager before the start date.` }, now());
      const test = findReadinessTestByControl(db, onboarding.id)!;
      updateReadinessTest(db, test.id, { tester: TESTER, testedOn: '2026-10-14', conclusion: 'no-exceptions', conclusionNote: 'All five sampled starters had a completed checklist, signed before their first day.' }, now());
    });
  }

  const deprovisioning = controls.get('ACC-05');
  if (deprovisioning) {
    const sample = recordSample(workspace, catalog, { controlId: deprovisioning.id, source: 'population', populationId: leavers.populationId, seed: DEMO_SEEDS.leavers });
    const late = sample.items.find((item) => item.rowNumber === LATE_LEAVER_ROW)!;
    const [lastDay, removed] = [late.cells?.[3] ?? '', late.cells?.[4] ?? ''];
    workspace.write({ action: 'readinessException.add', subject: `control:${deprovisioning.id}`, details: { control: 'ACC-05', description: 'Leaver’s accounts disabled three days late' } }, (db) => {
      const testId = ensureReadinessTest(db, deprovisioning, now());
      for (const item of sample.items) {
        if (item.position === late.position) continue;
        updateSampleItem(db, sample.sampleId, item.position, { result: 'pass', note: `Okta and Google accounts disabled on the last working day (${item.cells?.[3] ?? ''}).` }, now());
      }
      updateSampleItem(db, sample.sampleId, late.position, { result: 'exception', note: `Last day ${lastDay}; accounts disabled ${removed}.` }, now());
      insertException(
        db,
        {
          testId,
          sampleId: sample.sampleId,
          position: late.position,
          description: `${late.cells?.[1] ?? 'A leaver'}’s accounts were disabled on ${removed}, three days after the last working day (${lastDay}), not within 24 hours.`,
          rootCause: 'The IT task of the offboarding ticket had no due date and waited in the general queue over a weekend; nothing checked that accounts were disabled on the last day.',
          managementResponse: 'Since 1 November 2026 leaver notices go to the IT on-call rota, an Okta lifecycle rule disables accounts at 18:00 on the last working day, and the Head of IT reviews a weekly report of leavers whose accounts are still active.',
          responseOwner: 'Sam Ortiz (IT and People Operations)',
        },
        now(),
      );
      updateReadinessTest(db, testId, { tester: TESTER, testedOn: '2026-10-15', conclusion: 'exceptions-noted', conclusionNote: 'One of five sampled leavers kept access for three days. Management has automated the removal; retest on leavers from November.' }, now());
    });
  }

  const changeControl = controls.get('CHG-02');
  if (changeControl) {
    const sample = recordSample(workspace, catalog, { controlId: changeControl.id, source: 'population', populationId: changes.populationId, seed: DEMO_SEEDS.changes });
    // Testing is under way: the first eleven items are done, the rest still to test.
    workspace.write({ action: 'sample.setResult', subject: `control:${changeControl.id}`, details: { control: 'CHG-02', results: '11 pass, 6 not tested yet' } }, (db) => {
      for (const item of workspace.read((read) => listSampleItems(read, sample.sampleId)).slice(0, 11)) {
        const row = getPopulationRows(db, changes.populationId, [item.rowNumber])[0];
        const emergency = row?.cells[8] === 'Yes';
        updateSampleItem(db, sample.sampleId, item.position, { result: 'pass', note: emergency ? `Emergency change: peer-reviewed in ${row?.cells[4] ?? 'the pull request'} and approved the next day, as the procedure allows.` : `Pull request ${row?.cells[4] ?? ''} reviewed by ${row?.cells[5] ?? 'a peer'} and approved before deployment.` }, now());
      }
      const test = findReadinessTestByControl(db, changeControl.id)!;
      updateReadinessTest(db, test.id, { tester: TESTER, testedOn: null }, now());
    });
  }

  // No disciplinary case arose in the period: the control did not operate, and an attestation shows it.
  const discipline = controls.get('HR-09');
  if (discipline) {
    const attestation = addEvidenceBytes(
      workspace,
      'HR-09_no-disciplinary-cases-attestation_2026-04-01_2026-09-30.pdf',
      attestationPdf([
        'Period: 1 April 2026 to 30 September 2026.',
        'I confirm that no disciplinary process was opened at Brightwave Analytics, Inc. during this period, and that no policy violation was reported to People Operations, through the whistleblowing channel or by the security team.',
        'Source checked: BambooHR case records and the whistleblowing channel log, both empty for the period.',
        'Signed: Sam Ortiz, IT and People Operations, 6 October 2026.',
      ]),
      { collector: 'Sam Ortiz', method: 'attestation', coversFrom: PERIOD.coversFrom, coversTo: PERIOD.coversTo, sourceSystem: 'BambooHR', description: 'Signed statement that no disciplinary case arose in the period.', controls: ['HR-09'], criteria: ['CC1.5'] },
      new Date('2026-10-06T12:00:00Z'),
    );
    const evidenceId = parseEvidenceRef(attestation.ref) ?? null;
    workspace.write(
      { action: 'periodCoverage.markNotOccurred', subject: `control:${discipline.id}`, details: { control: 'HR-09', window: [PERIOD.coversFrom, PERIOD.coversTo], reason: 'No disciplinary case in the period' } },
      (db) => upsertNonOccurrence(db, { controlId: discipline.id, windowStart: PERIOD.coversFrom, windowEnd: PERIOD.coversTo, reason: 'No policy violation was reported and no disciplinary case was opened during the period.', evidenceId }, workspace.actor, now()),
    );
  }
}
