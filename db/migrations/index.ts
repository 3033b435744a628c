import type { Migration } from './migration';
import { migration0001 } from './0001-create-workspace-core';
import { migration0002 } from './0002-add-catalog-snapshot';
import { migration0003 } from './0003-add-scope-and-gap-analysis';
import { migration0004 } from './0004-add-control-implementation';
import { migration0005 } from './0005-add-evidence-store';
import { migration0006 } from './0006-add-audit-attestation';
import { migration0007 } from './0007-add-readiness-testing';
import { migration0008 } from './0008-add-auditor-review';

/**
 * Every workspace format, in order. Append new migrations here (file `NNNN-verb-noun.ts`), never
 * edit a released one: files in users' hands were made by it.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export type { Migration };
