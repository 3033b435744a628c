import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR } from '../paths';

/** Recorded in every new workspace, so an engagement always knows which catalog it started from. */
export const CATALOG_VERSION = (JSON.parse(fs.readFileSync(path.join(ASSETS_DIR, 'catalog', 'manifest.json'), 'utf8')) as { version: string }).version;
