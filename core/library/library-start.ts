import type { Workspace } from '../../db/workspace';
import { LIBRARY_META_KEYS } from '../catalog/engagement-catalog';
import { bundledCatalog } from '../catalog/load-catalog';
import type { EngagementStart } from '../engagement-factory';
import { catalogFromLibrary, readLibrary } from './read-library';

/**
 * Everything a new engagement takes from a library file: its catalog snapshot (the library's content
 * on the app's criteria), meta rows recording which library and version it came from, and the
 * consultant's firm as "prepared by".
 */
export function engagementStartFromLibrary(file: string): EngagementStart {
  const loaded = readLibrary(file);
  const { library } = loaded;
  return {
    catalog: catalogFromLibrary(loaded, bundledCatalog()),
    meta: {
      [LIBRARY_META_KEYS.source]: 'library',
      [LIBRARY_META_KEYS.name]: library.name,
      [LIBRARY_META_KEYS.version]: library.version,
      [LIBRARY_META_KEYS.firmName]: library.firmName,
      [LIBRARY_META_KEYS.basedOn]: library.basedOn,
      [LIBRARY_META_KEYS.sha256]: loaded.fileSha256,
    },
    preparedBy: library.firmName,
  };
}

/** Logs which library a new engagement started from (the meta rows already hold it; the log shows it). */
export function recordLibraryStart(workspace: Workspace, start: EngagementStart, file: string): void {
  workspace.write({ action: 'catalog.fromLibrary', subject: 'catalog', details: { ...start.meta, file } }, () => undefined);
}
