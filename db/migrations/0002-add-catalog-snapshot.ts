import type { Migration } from './migration';

/**
 * Each engagement keeps the catalog (criteria, controls, policy templates, guidance) it was created
 * with, as one JSON document with its SHA-256. Updating the app's catalog therefore never changes an
 * engagement under way; content copied out of it (adopted controls, policies) lives in its own tables.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'add-catalog-snapshot',
  up(db) {
    db.exec(`
      CREATE TABLE catalog_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL
      ) STRICT;
    `);
  },
};
