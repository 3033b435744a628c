/**
 * Names inside the ZIP and of the package files. Evidence keeps its original file name (prefixed with
 * its ID, so two files called "export.csv" never collide), with the characters that Windows, macOS or
 * unzip tools reject replaced, and a length every file system accepts.
 */

// Control characters are matched on purpose: they are never valid in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

export function safeSegment(name: string, fallback: string): string {
  let cleaned = name.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (cleaned === '' || cleaned === '.' || cleaned === '..') cleaned = fallback;
  if ([...cleaned].length > MAX_NAME) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && cleaned.length - dot <= 12 ? cleaned.slice(dot) : '';
    cleaned = [...cleaned.slice(0, cleaned.length - extension.length)].slice(0, MAX_NAME - extension.length).join('').trimEnd() + extension;
  }
  return cleaned;
}

/** Evidence goes into the folder of the first control it supports (in ID order), or "_unlinked". */
export function evidenceEntryPath(item: { ref: string; fileName: string; controls: readonly string[] }): string {
  const control = [...item.controls].sort()[0];
  const folder = control ? safeSegment(control, 'control') : '_unlinked';
  return `evidence/${folder}/${safeSegment(`${item.ref} ${item.fileName}`, item.ref)}`;
}

/** "Brightwave Analytics Inc - SOC 2 package - seal 2": letters, digits, spaces and hyphens only. */
export function packageBaseName(organisation: string, version: string): string {
  const org = organisation
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim();
  return `${org || 'Engagement'} - SOC 2 package - ${version}`;
}
