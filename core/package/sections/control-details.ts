import { PdfTable } from '../pdf/pdf-table';
import { COLOURS, TYPE } from '../pdf/theme';
import { dateText, statusColour, words } from './format';
import type { PackageSection } from './section';

/** Section 5: per control — the internal readiness-test procedure, populations, samples with their seeds, results and exceptions. */
export const controlDetailsSection: PackageSection = {
  id: 'control-details',
  number: '5',
  title: 'Control details and internal readiness testing',
  tocEntries: () => 0,
  async render({ pdf, data, checkpoint }) {
    const type2 = data.engagement.reportType === 'type2';
    pdf.callout(
      'note',
      'Internal readiness testing',
      'Procedures, samples and results on these pages are management’s own readiness testing, done to prepare for the examination. They are not the auditor’s tests or results, which the CPA firm performs and reports on independently.',
    );
    if (!type2) {
      pdf.text('This is a Type I engagement: the auditor examines the design and implementation of controls as of one date, so populations and samples over a period are not part of it.', {
        color: COLOURS.muted,
      });
    }
    const controls = (data.controls ?? []).filter((c) => !c.retired);
    if (controls.length === 0) {
      pdf.callout('empty', 'Nothing recorded yet', 'No controls have been adopted. Once controls are adopted (step 3) and tested (step 4), each one is described here with its procedure, samples and results.');
      return;
    }
    const populations = data.populations ?? [];
    const samples = data.samples ?? [];
    const tests = new Map((data.readinessTests ?? []).map((t) => [t.control, t]));
    const exceptions = data.readinessExceptions ?? [];

    for (const [index, control] of controls.entries()) {
      pdf.subsection(`${control.ref} ${control.title}`);
      pdf.keyValues(
        [
          ['Objective', control.objective || '—'],
          ['Owner', control.owner || 'Not assigned'],
          ['Frequency · nature · automation', `${words(control.frequency)} · ${words(control.nature)} · ${words(control.automation)}`],
          ['Criteria', control.criteria.join(', ') || '—'],
          ['Implementation', words(control.status)],
        ],
        { labelWidth: 150, size: 8.5 },
      );
      if (control.procedure) {
        pdf.heading(`Readiness test procedure (${control.procedure.methods.map(words).join(', ').toLowerCase()})`);
        pdf.bullets(control.procedure.steps, { numbered: true, size: 8.5 });
      }
      const test = tests.get(control.ref);
      if (test) {
        pdf.heading('Result of internal readiness testing');
        pdf.keyValues(
          [
            ['Result', words(test.result)],
            ['Tested by', `${test.tester || '—'} on ${dateText(test.testedOn)}`],
            ['Conclusion', test.conclusion || '—'],
          ],
          { labelWidth: 150, size: 8.5 },
        );
      }
      if (type2) {
        const ownPopulations = populations.filter((p) => p.controls.includes(control.ref));
        for (const population of ownPopulations) {
          pdf.heading(`Population: ${population.name}`);
          pdf.keyValues(
            [
              ['Source', `${population.sourceSystem}; ${population.query}`],
              ['Run by', `${population.ranBy} on ${dateText(population.ranAt)}; covers ${population.covers}`],
              ['Rows · SHA-256', `${population.rowCount} · ${population.sha256}`],
            ],
            { labelWidth: 150, size: 8.5 },
          );
        }
        for (const sample of samples.filter((s) => s.control === control.ref)) {
          pdf.heading(`Sample of ${sample.size}${sample.population ? ` from ${sample.population}` : ''}, seed ${sample.seed}`);
          await new PdfTable(pdf, [
            { header: 'Item', weight: 3 },
            { header: 'Result', weight: 1, color: statusColour },
            { header: 'Note', weight: 3 },
          ]).rows(sample.items.map((item) => [item.item, words(item.result), item.note]));
        }
        if (data.samples !== null && ownPopulations.length === 0 && !samples.some((s) => s.control === control.ref)) {
          pdf.text('No population or sample recorded for this control.', { size: TYPE.small + 0.5, color: COLOURS.muted });
        }
      }
      for (const exception of exceptions.filter((x) => x.control === control.ref)) {
        pdf.callout('warn', `Exception: ${exception.description}`, `Root cause: ${exception.rootCause || '—'}\nManagement response: ${exception.managementResponse || '—'}`);
      }
      if (index % 20 === 19) await checkpoint();
    }
    if (data.readinessTests === null) {
      pdf.callout('empty', 'No internal readiness testing recorded yet', 'Populations, samples and test results are recorded in step 4. They will appear under each control above.');
    }
  },
};
