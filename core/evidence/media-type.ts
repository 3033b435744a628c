import path from 'node:path';

/**
 * The media type recorded for an evidence file, from its extension, or from its first bytes when the
 * extension says nothing. Only used to choose how to preview and to describe the file; the bytes are
 * stored and exported unchanged whatever it says.
 */
const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.md': 'text/markdown',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.eml': 'message/rfc822',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
};

const SIGNATURES: { bytes: number[]; type: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: 'application/pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], type: 'image/png' },
  { bytes: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], type: 'image/gif' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], type: 'application/zip' },
];

export function mediaTypeOf(fileName: string, firstBytes: Buffer): string {
  const known = BY_EXTENSION[path.extname(fileName).toLowerCase()];
  if (known) return known;
  const signature = SIGNATURES.find((s) => s.bytes.every((byte, index) => firstBytes[index] === byte));
  if (signature) return signature.type;
  return 'application/octet-stream';
}

/** Which in-app preview suits a media type. SVG and HTML are shown as text: never run as markup. */
export function previewKind(mediaType: string): 'image' | 'pdf' | 'text' | 'none' {
  if (mediaType === 'application/pdf') return 'pdf';
  if (['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'].includes(mediaType)) return 'image';
  if (mediaType.startsWith('text/') || ['application/json', 'application/xml', 'application/yaml', 'image/svg+xml', 'message/rfc822'].includes(mediaType)) return 'text';
  return 'none';
}

/** A sensible default for how the evidence was obtained; attestations are never guessed. */
export function guessMethod(mediaType: string): 'export' | 'screenshot' | 'document' | null {
  if (previewKind(mediaType) === 'image') return 'screenshot';
  if (mediaType === 'text/csv' || mediaType === 'text/tab-separated-values' || mediaType === 'application/json' || mediaType.endsWith('spreadsheetml.sheet') || mediaType === 'application/vnd.ms-excel' || mediaType === 'text/plain') return 'export';
  if (mediaType === 'application/pdf' || mediaType.includes('wordprocessingml') || mediaType === 'application/msword' || mediaType === 'text/markdown') return 'document';
  return null;
}
