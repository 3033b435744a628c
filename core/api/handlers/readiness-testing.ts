import {
  deleteException,
  deleteSample,
  findReadinessTestByControl,
  getException,
  getReadinessTest,
  getSample,
  getSampleItem,
  insertException,
  listExceptions,
  listReadinessTests,
  listSampleItems,
  listSamples,
  updateException,
  updateReadinessTest,
  updateSampleItem,
} from '../../../db/queries/readiness-tests';
import { listPopulations } from '../../../db/queries/populations';
import { clearSampleSizeOverride, setSampleSizeOverride } from '../../../db/queries/sample-size-overrides';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { readPeriod, readTestableControls } from '../../testing/read-testing-facts';
import { ensureReadinessTest, recordSample } from '../../testing/record-sample';
import { findTestableControl, populationRef, readinessTestView, readSampleSizeTable } from '../../testing/testing-views';
import { checkConclusion, checkMethods } from '../../testing/test-rules';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import { READINESS_LABEL, type ReadinessTestSummary } from '../testing-types';
import type { HandlerContext } from './context';

type Methods =
  | 'readinessTest.list'
  | 'readinessTest.get'
  | 'readinessTest.save'
  | 'readinessTest.conclude'
  | 'sample.draw'
  | 'sample.remove'
  | 'sample.setResult'
  | 'readinessException.add'
  | 'readinessException.update'
  | 'readinessException.remove'
  | 'sampleSize.get'
  | 'sampleSize.set';

/**
 * Internal readiness testing: per control a procedure and methods (never inquiry alone), samples
 * drawn reproducibly with a recorded seed, a result per item, exceptions with root cause and
 * management response, and a conclusion. Every edit is one logged write.
 */
export function readinessTestingHandlers({ session }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const view = (controlId: number) => workspace().read((db) => readinessTestView(db, catalog(), controlId));
  const control = (controlId: number) => workspace().read((db) => findTestableControl(db, catalog(), controlId));
  const testOfSample = (sampleId: number) => {
    const found = workspace().read((db) => {
      const sample = getSample(db, sampleId);
      return sample ? { sample, test: getReadinessTest(db, sample.testId)! } : undefined;
    });
    if (!found) throw new ApiError('BAD_ARGUMENT', 'That sample is not in this workspace any more (it may have been removed in another window). Reload the test.');
    return found;
  };

  return {
    'readinessTest.list': () =>
      workspace().read((db) => {
        const tests = new Map(listReadinessTests(db).map((test) => [test.controlId, test]));
        const controls = readTestableControls(db, catalog()).map((item): ReadinessTestSummary => {
          const test = tests.get(item.id);
          const items = test ? listSamples(db, test.id).flatMap((sample) => listSampleItems(db, sample.id)) : [];
          return {
            control: { id: item.id, ref: item.ref, title: item.title },
            frequency: item.frequency,
            automation: item.automation,
            owner: item.owner,
            key: item.details.key,
            implementationStatus: item.implementationStatus,
            tested: test !== undefined,
            methods: test?.methods ?? [],
            conclusion: test?.conclusion ?? 'not-concluded',
            items: { total: items.length, tested: items.filter((entry) => entry.result !== 'not-tested').length, exceptions: items.filter((entry) => entry.result === 'exception').length },
            exceptions: test ? listExceptions(db, test.id).length : 0,
          };
        });
        const period = readPeriod(db);
        return {
          label: READINESS_LABEL,
          reportType: period?.reportType ?? 'type2',
          period: period === null ? null : period.reportType === 'type2' ? { start: period.start, end: period.end } : { start: period.asOf, end: period.asOf },
          controls,
          populations: listPopulations(db).map((population) => ({ id: population.id, ref: populationRef(population.id), name: population.name, rowCount: population.rowCount })),
        };
      }),

    'readinessTest.get': ({ controlId }) => view(controlId),

    'readinessTest.save': ({ controlId, ...patch }) => {
      const target = control(controlId);
      if (patch.methods !== undefined) checkMethods(patch.methods);
      const ws = workspace();
      ws.write({ action: 'readinessTest.save', subject: `control:${controlId}`, details: { control: target.ref, changed: Object.keys(patch), ...(patch.methods ? { methods: patch.methods } : {}) } }, (db) => {
        const testId = ensureReadinessTest(db, target, ws.now());
        updateReadinessTest(db, testId, patch, ws.now());
      });
      return view(controlId);
    },

    'readinessTest.conclude': ({ controlId, conclusion, note }) => {
      const target = control(controlId);
      const ws = workspace();
      const test = ws.read((db) => findReadinessTestByControl(db, controlId));
      if (!test) throw new ApiError('BAD_ARGUMENT', `${target.ref} has no internal readiness test yet. Write the procedure and draw a sample first.`);
      ws.read((db) => checkConclusion(conclusion, listSamples(db, test.id).flatMap((sample) => listSampleItems(db, sample.id)), listExceptions(db, test.id)));
      ws.write({ action: 'readinessTest.conclude', subject: `control:${controlId}`, details: { control: target.ref, conclusion, note } }, (db) => updateReadinessTest(db, test.id, { conclusion, conclusionNote: note }, ws.now()));
      return view(controlId);
    },

    'sample.draw': (args) => {
      recordSample(workspace(), catalog(), args);
      return view(args.controlId);
    },

    'sample.remove': ({ sampleId }) => {
      const { sample, test } = testOfSample(sampleId);
      const target = control(test.controlId);
      const tested = workspace().read((db) => listSampleItems(db, sampleId).filter((item) => item.result !== 'not-tested').length);
      if (test.conclusion !== 'not-concluded') throw new ApiError('BAD_ARGUMENT', `The test of ${target.ref} is concluded. Set its conclusion back to “not concluded” before removing a sample it rests on.`);
      workspace().write(
        { action: 'sample.remove', subject: `control:${test.controlId}`, details: { control: target.ref, seed: sample.seed, size: sample.size, resultsRecorded: tested } },
        // Exceptions found in it stay (detached from the item): a finding is not undone by redrawing.
        (db) => deleteSample(db, sampleId),
      );
      return view(test.controlId);
    },

    'sample.setResult': ({ sampleId, position, result, note }) => {
      const { test } = testOfSample(sampleId);
      const target = control(test.controlId);
      const item = workspace().read((db) => getSampleItem(db, sampleId, position));
      if (!item) throw new ApiError('BAD_ARGUMENT', 'That sample item does not exist. Reload the test.');
      if (test.conclusion !== 'not-concluded' && result !== undefined && result !== item.result) {
        throw new ApiError('BAD_ARGUMENT', `The test of ${target.ref} is concluded. Set its conclusion back to “not concluded” before changing a result.`);
      }
      workspace().write(
        { action: 'sample.setResult', subject: `control:${test.controlId}`, details: { control: target.ref, sample: sampleId, item: position, row: item.rowNumber, ...(result !== undefined ? { from: item.result, to: result } : {}), ...(note !== undefined ? { note } : {}) } },
        (db) => updateSampleItem(db, sampleId, position, { ...(result !== undefined ? { result } : {}), ...(note !== undefined ? { note } : {}) }, workspace().now()),
      );
      return view(test.controlId);
    },

    'readinessException.add': ({ controlId, sampleId, position, ...fields }) => {
      const target = control(controlId);
      const ws = workspace();
      if (sampleId !== undefined) {
        const { test } = testOfSample(sampleId);
        if (test.controlId !== controlId) throw new ApiError('BAD_ARGUMENT', 'That sample belongs to another control’s test.');
        if (!ws.read((db) => getSampleItem(db, sampleId, position!))) throw new ApiError('BAD_ARGUMENT', 'That sample item does not exist. Reload the test.');
      }
      ws.write({ action: 'readinessException.add', subject: `control:${controlId}`, details: { control: target.ref, description: fields.description, ...(sampleId !== undefined ? { sample: sampleId, item: position } : {}) } }, (db) => {
        const testId = ensureReadinessTest(db, target, ws.now());
        insertException(db, { testId, sampleId: sampleId ?? null, position: position ?? null, ...fields }, ws.now());
        // An exception on a sample item makes that item's result an exception.
        if (sampleId !== undefined) updateSampleItem(db, sampleId, position!, { result: 'exception' }, ws.now());
      });
      return view(controlId);
    },

    'readinessException.update': ({ id, patch }) => {
      const ws = workspace();
      const exception = ws.read((db) => getException(db, id));
      if (!exception) throw new ApiError('BAD_ARGUMENT', 'That exception is not in this workspace any more. Reload the test.');
      const test = ws.read((db) => getReadinessTest(db, exception.testId))!;
      const target = control(test.controlId);
      ws.write({ action: 'readinessException.update', subject: `control:${test.controlId}`, details: { control: target.ref, exception: id, changed: Object.keys(patch) } }, (db) => updateException(db, id, patch, ws.now()));
      return view(test.controlId);
    },

    'readinessException.remove': ({ id }) => {
      const ws = workspace();
      const exception = ws.read((db) => getException(db, id));
      if (!exception) throw new ApiError('BAD_ARGUMENT', 'That exception is not in this workspace any more. Reload the test.');
      const test = ws.read((db) => getReadinessTest(db, exception.testId))!;
      const target = control(test.controlId);
      if (test.conclusion !== 'not-concluded') throw new ApiError('BAD_ARGUMENT', `The test of ${target.ref} is concluded. Set its conclusion back to “not concluded” before removing an exception.`);
      ws.write({ action: 'readinessException.remove', subject: `control:${test.controlId}`, details: { control: target.ref, description: exception.description } }, (db) => deleteException(db, id));
      return view(test.controlId);
    },

    'sampleSize.get': () => workspace().read((db) => readSampleSizeTable(db, catalog())),

    'sampleSize.set': ({ basis, key, value }) => {
      const ws = workspace();
      const table = ws.read((db) => readSampleSizeTable(db, catalog()));
      if (basis === 'frequency') {
        if (!table.byFrequency.some((row) => row.frequency === key)) throw new ApiError('BAD_ARGUMENT', `“${key}” is not a frequency of the sample-size table.`);
        if (value !== null && !Number.isInteger(value)) throw new ApiError('BAD_ARGUMENT', 'A sample size is a whole number, for example 2 or 25.');
      } else {
        const band = table.byPopulation.find((row) => row.key === key);
        if (!band) throw new ApiError('BAD_ARGUMENT', `“${key}” is not a population band of the sample-size table.`);
        if (band.rule === 'all') throw new ApiError('BAD_ARGUMENT', 'Small populations are tested in full; that band has no size to change.');
        if (value !== null && band.rule === 'percent' && value > 100) throw new ApiError('BAD_ARGUMENT', 'A percentage is at most 100.');
        if (value !== null && band.rule === 'fixed' && !Number.isInteger(value)) throw new ApiError('BAD_ARGUMENT', 'A sample size is a whole number, for example 25.');
      }
      ws.write({ action: 'sampleSize.set', subject: 'sample sizes', details: { basis, key, value: value ?? 'catalog default' } }, (db) => {
        if (value === null) clearSampleSizeOverride(db, basis, key);
        else setSampleSizeOverride(db, basis, key, value, ws.actor, ws.now());
      });
      return ws.read((db) => readSampleSizeTable(db, catalog()));
    },
  };
}
