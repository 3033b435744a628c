import type { Migration } from './migration';
import { migration0001 } from './0001-create-workspace-core';
import { migration0002 } from './0002-add-catalog-snapshot';

/**
 * Every workspace format, in order. Append new migrations here (file `NNNN-verb-noun.ts`), never
 * edit a released one: files in users' hands were made by it.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export type { Migration };
