import fs from 'node:fs';
import { WorkspaceError } from './errors';

/**
 * The SQLite header is read with plain file I/O before SQLite ever sees the file, so that garbage,
 * foreign databases and files from a newer app version are refused without opening (and so without
 * any chance of modifying) them. Offsets follow the documented SQLite file format.
 */

/** "S2WB" as a big-endian 32-bit integer: marks a file as a SOC 2 Workbench workspace. */
export const APPLICATION_ID = 0x53325742;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const HEADER_SIZE = 100;

export interface FileHeader {
  pageSize: number;
  /** Page count recorded in the header, or null when the header says it may be stale. */
  pageCount: number | null;
  applicationId: number;
  userVersion: number;
  /** 1 = rollback journal, 2 = WAL. Workspaces are always 1. */
  writeVersion: number;
  readVersion: number;
  fileSize: number;
  /**
   * A rollback journal with content lies beside the file: a save was interrupted (crash, power cut,
   * killed process). Until SQLite plays it back, the file may be longer than its header says, or not
   * a whole number of pages, so the size checks wait for SQLite (which restores the last complete
   * save when it takes the lock) and the integrity check that follows.
   */
  hotJournal: boolean;
}

/** The first bytes of a rollback journal that still holds a save to undo. */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

function hasHotJournal(filePath: string): boolean {
  try {
    const fd = fs.openSync(`${filePath}-journal`, 'r');
    try {
      const magic = Buffer.alloc(JOURNAL_MAGIC.length);
      return fs.readSync(fd, magic, 0, magic.length, 0) === magic.length && magic.equals(JOURNAL_MAGIC);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

export function readFileHeader(filePath: string): FileHeader {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new WorkspaceError('WORKSPACE_NOT_FOUND', `There is no file at ${filePath}.`);
  }
  if (!stat.isFile()) {
    throw new WorkspaceError('WORKSPACE_NOT_A_WORKSPACE', `${filePath} is a folder or device, not a workspace file.`);
  }
  if (stat.size < HEADER_SIZE) {
    throw new WorkspaceError('WORKSPACE_NOT_A_WORKSPACE', 'This file is too small to be a SOC 2 Workbench workspace.');
  }
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new WorkspaceError('WORKSPACE_NOT_A_WORKSPACE', 'This file is not a SOC 2 Workbench workspace (it is not a database at all).');
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = header.readUInt32BE(24);
  const versionValidFor = header.readUInt32BE(92);
  const headerPageCount = header.readUInt32BE(28);
  return {
    pageSize,
    pageCount: changeCounter === versionValidFor && headerPageCount > 0 ? headerPageCount : null,
    applicationId: header.readUInt32BE(68),
    userVersion: header.readUInt32BE(60),
    writeVersion: header.readUInt8(18),
    readVersion: header.readUInt8(19),
    fileSize: stat.size,
    hotJournal: hasHotJournal(filePath),
  };
}

/** Structural checks that need nothing but the header; they throw on the first problem found. */
export function checkFileHeader(header: FileHeader, currentSchemaVersion: number): void {
  if (header.applicationId !== APPLICATION_ID) {
    throw new WorkspaceError(
      'WORKSPACE_NOT_A_WORKSPACE',
      'This is a database, but not a SOC 2 Workbench workspace. Choose a .soc2 file made by this app.',
    );
  }
  if (header.userVersion > currentSchemaVersion) {
    throw new WorkspaceError(
      'WORKSPACE_FROM_NEWER_VERSION',
      `This workspace was saved by a newer version of SOC 2 Workbench (format ${header.userVersion}; this app reads up to ${currentSchemaVersion}). Update the app to open it. The file has not been changed.`,
    );
  }
  if (header.userVersion === 0) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace has no format version; it was not finished when it was created.');
  }
  const validPageSize = header.pageSize >= 512 && header.pageSize <= 65536 && (header.pageSize & (header.pageSize - 1)) === 0;
  if (!validPageSize || (!header.hotJournal && header.fileSize % header.pageSize !== 0)) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace file is damaged: its size does not match its page layout. It may have been truncated while copying.');
  }
  if (!header.hotJournal && header.pageCount !== null && header.pageCount * header.pageSize !== header.fileSize) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace file is damaged: it is shorter or longer than its header says. It may have been truncated while copying.');
  }
  if (header.writeVersion !== 1 || header.readVersion !== 1) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace uses a journal mode the app never writes; it may have been altered by another program.');
  }
}
