import fs from 'node:fs';
import path from 'node:path';
import { countSamplesOfPopulation, deletePopulation, getPopulation, listPopulationRows, listPopulations, setPopulationControls, updatePopulationDetails, type PopulationRecord } from '../../../db/queries/populations';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { uploadPath } from '../../evidence/uploads';
import { importPopulation } from '../../testing/population-csv/import-population';
import { controlLabels, populationRef, toPopulationView } from '../../testing/testing-views';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { PopulationImportResult } from '../testing-types';
import type { HandlerContext } from './context';

type Methods = 'population.list' | 'population.import' | 'population.rows' | 'population.update' | 'population.remove';

/**
 * Step 4's populations: import a CSV listing with its provenance (as a job: streamed, hashed,
 * cancellable), page through its rows, correct its provenance, remove it while no sample uses it.
 * In browser mode the file arrives through the host's upload endpoint (the evidence store's, see
 * core/evidence/uploads.ts) and is removed once imported.
 */
export function populationHandlers({ session, jobs, host }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;
  const catalog = () => engagementCatalog(session.workspace);
  const find = (id: number): PopulationRecord => {
    const record = workspace().read((db) => getPopulation(db, id));
    if (!record) throw new ApiError('BAD_ARGUMENT', `There is no population ${populationRef(id)} in this workspace (it may have been removed). Reload the list.`);
    return record;
  };
  const view = (record: PopulationRecord) => workspace().read((db) => toPopulationView(db, record, controlLabels(db, catalog())));
  const checkControls = (ids: readonly number[] | undefined) => {
    if (!ids || ids.length === 0) return;
    const known = workspace().read((db) => controlLabels(db, catalog()));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', 'One of the chosen controls is not an active control of this engagement (it may have been retired). Reload and choose again.');
  };

  return {
    'population.list': () => workspace().read((db) => listPopulations(db).map((record) => toPopulationView(db, record, controlLabels(db, catalog())))),

    'population.import': (args) => {
      const target = workspace();
      if (target.readOnly) throw new ApiError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so populations cannot be imported. Copy it to a folder you can write to, then open the copy.');
      checkControls(args.controlIds);
      let filePath: string;
      let fileName: string;
      let removeAfter = false;
      if (args.upload) {
        if (host.mode !== 'browser' || host.dataDir === null) throw new ApiError('NOT_AVAILABLE', 'Uploads are only used in browser mode; the desktop app imports files by their path.');
        filePath = uploadPath(host.dataDir, args.upload.uploadId);
        fileName = args.upload.fileName;
        removeAfter = true;
        if (!fs.existsSync(filePath)) throw new ApiError('BAD_ARGUMENT', `The upload of ${fileName} is not there any more (it may have been imported already). Choose the file again.`);
      } else {
        filePath = args.path!;
        fileName = path.basename(filePath);
      }
      const jobId = jobs.start('population.import', async (job): Promise<PopulationImportResult> => {
        try {
          const outcome = await importPopulation(target, { ...args, filePath, fileName }, job);
          return { population: target.read((db) => toPopulationView(db, getPopulation(db, outcome.populationId)!, controlLabels(db, engagementCatalog(target)))), notes: outcome.notes };
        } finally {
          if (removeAfter) fs.rmSync(filePath, { force: true });
        }
      });
      return { jobId };
    },

    'population.rows': ({ id, offset, limit }) => {
      const record = find(id);
      return { populationId: id, headers: record.headers, offset, total: record.rowCount, rows: workspace().read((db) => listPopulationRows(db, id, offset, limit)) };
    },

    'population.update': ({ id, patch }) => {
      const before = find(id);
      const coversFrom = patch.coversFrom !== undefined ? patch.coversFrom : before.coversFrom;
      const coversTo = patch.coversTo !== undefined ? patch.coversTo : before.coversTo;
      if (coversFrom && coversTo && coversFrom > coversTo) throw new ApiError('BAD_ARGUMENT', 'The range must end on or after the day it starts. Change the other date first.');
      checkControls(patch.controlIds);
      const { controlIds, ...details } = patch;
      workspace().write({ action: 'population.update', subject: populationRef(id), details: { name: before.name, changed: patch } }, (db) => {
        updatePopulationDetails(db, id, details);
        if (controlIds) setPopulationControls(db, id, controlIds);
      });
      return view(find(id));
    },

    'population.remove': ({ id }) => {
      const record = find(id);
      const samples = workspace().read((db) => countSamplesOfPopulation(db, id));
      if (samples > 0) throw new ApiError('BAD_ARGUMENT', `${populationRef(id)} has ${samples} sample${samples === 1 ? '' : 's'} drawn from it, which record what was tested. Remove those samples first (Readiness testing) if the population really is wrong.`);
      workspace().write({ action: 'population.remove', subject: populationRef(id), details: { name: record.name, file: record.fileName, sha256: record.fileSha256, rows: record.rowCount } }, (db) => deletePopulation(db, id));
      return null;
    },
  };
}
