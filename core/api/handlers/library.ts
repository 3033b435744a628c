import path from 'node:path';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { bundledCatalog } from '../../catalog/load-catalog';
import { engagementStartFromLibrary, recordLibraryStart } from '../../library/library-start';
import { listLibraryFiles } from '../../library/list-libraries';
import { catalogFromLibrary, readLibrary, type LoadedLibrary } from '../../library/read-library';
import { buildLibrary, writeLibrary } from '../../library/save-library';
import { APP_VERSION } from '../../paths';
import type { ApiHandlers } from '../contract';
import type { LibrarySummary } from '../schemas/library';
import type { HandlerContext } from './context';
import { summarise } from './workspace';

function librarySummary({ path: filePath, library }: Pick<LoadedLibrary, 'path' | 'library'>): LibrarySummary {
  return {
    path: filePath,
    fileName: path.basename(filePath),
    name: library.name,
    version: library.version,
    firmName: library.firmName,
    description: library.description,
    savedAt: library.savedAt,
    basedOn: library.basedOn,
    controls: library.content.controls.length,
    policies: library.content.policies.length,
  };
}

type LibraryMethods = 'library.list' | 'library.inspect' | 'library.save' | 'workspace.createFromLibrary';

export function libraryHandlers(context: HandlerContext): Pick<ApiHandlers, LibraryMethods> {
  const { session, recent } = context;
  return {
    // Browser mode keeps libraries in the data folder; the desktop app has no data folder, so it looks
    // beside the open and recent workspaces, which is where "Save as library" suggests saving.
    'library.list': () => {
      const current = session.hasWorkspace ? path.dirname(session.workspace.filePath) : null;
      const folders = [...new Set([context.host.dataDir, current, ...recent.list().map((p) => path.dirname(p))].filter((f): f is string => f !== null))];
      return { defaultFolder: context.host.dataDir ?? current, folders, files: listLibraryFiles(folders) };
    },

    // Checked against this app's criteria too, so a library that cannot be started from says so now.
    'library.inspect': ({ path: filePath }) => {
      const loaded = readLibrary(filePath);
      catalogFromLibrary(loaded, bundledCatalog());
      return librarySummary(loaded);
    },

    'library.save': ({ path: filePath, ...labels }) => {
      const workspace = session.workspace;
      const library = buildLibrary(engagementCatalog(workspace), labels, { appVersion: APP_VERSION, now: new Date(workspace.now()) });
      writeLibrary(filePath, library);
      // Saving changes nothing in the engagement, but where its content went is worth a log entry.
      if (!workspace.readOnly) workspace.write({ action: 'library.save', subject: 'catalog', details: { file: filePath, name: library.name, version: library.version } }, () => undefined);
      return librarySummary({ path: filePath, library });
    },

    'workspace.createFromLibrary': ({ path: filePath, organisationName, libraryPath }) => {
      const start = engagementStartFromLibrary(libraryPath);
      const workspace = session.create(filePath, organisationName, start);
      recordLibraryStart(workspace, start, libraryPath);
      recent.remember(workspace.filePath);
      return summarise(workspace);
    },
  };
}
