import { z } from 'zod';
import type { LibraryFileEntry } from '../../library/list-libraries';
import type { WorkspaceSummary } from '../types';
import { absolutePath, none, workspacePath } from './common';

export const libraryPath = absolutePath.refine((p) => p.toLowerCase().endsWith('.soc2lib'), 'library files end in .soc2lib');

const label = (max: number) => z.string().trim().min(1).max(max);

/** Consultant library files (*.soc2lib): list, inspect, save the current catalog, start from one. */
export const librarySchemas = {
  'library.list': none,
  'library.inspect': z.object({ path: libraryPath }).strict(),
  'library.save': z
    .object({
      path: libraryPath,
      name: label(120),
      version: label(60).optional(),
      firmName: label(200),
      description: z.string().max(2000).optional(),
    })
    .strict(),
  'workspace.createFromLibrary': z.object({ path: workspacePath, organisationName: z.string().trim().min(1).max(200), libraryPath }).strict(),
} as const;

export interface LibrarySummary {
  path: string;
  fileName: string;
  name: string;
  version: string;
  firmName: string;
  description: string;
  savedAt: string;
  /** The catalog (or library) version the content was saved from. */
  basedOn: string;
  controls: number;
  policies: number;
}

export interface LibraryListing {
  /** Where new libraries are saved by default (the data folder, or the open workspace's folder). */
  defaultFolder: string | null;
  folders: string[];
  files: LibraryFileEntry[];
}

export interface LibraryResults {
  'library.list': LibraryListing;
  'library.inspect': LibrarySummary;
  'library.save': LibrarySummary;
  'workspace.createFromLibrary': WorkspaceSummary;
}
