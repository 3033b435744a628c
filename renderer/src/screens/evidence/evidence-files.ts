import type { ApiClient } from '../../api/client';
import { ApiCallError } from '../../api/client';

/**
 * Getting files' bytes in and out of the page. In the desktop app the shell can tell a dropped file's
 * path (the import then reads it from disk); in browser mode the page uploads each file to the local
 * host first. Reading evidence back goes through `evidence.read` in bounded pieces.
 */

/** The desktop shell's optional helper (Electron's webUtils.getPathForFile, exposed by the preload). */
function desktopPathFor(file: File): string | null {
  const shell = window.soc2shell as (typeof window.soc2shell & { pathForFile?: (file: File) => string }) | undefined;
  const found = shell?.pathForFile?.(file);
  return typeof found === 'string' && found !== '' ? found : null;
}

export function desktopPaths(files: readonly File[]): string[] | null {
  const paths = files.map(desktopPathFor);
  return paths.every((p): p is string => p !== null) ? paths : null;
}

export interface UploadHandle {
  done: Promise<{ uploadId: string; fileName: string }[]>;
  cancel(): void;
}

/** Same key as the API transport: the per-run token the printed address handed to this tab. */
const TOKEN_KEY = 'soc2.token';

/** Uploads files one after the other to the browser-mode host, reporting bytes sent across all of them. */
export function uploadFiles(files: readonly File[], onProgress: (sent: number, total: number, name: string) => void): UploadHandle {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let current: XMLHttpRequest | null = null;
  let cancelled = false;
  const sendOne = (file: File, before: number) =>
    new Promise<{ uploadId: string; fileName: string }>((resolve, reject) => {
      const request = new XMLHttpRequest();
      current = request;
      request.open('POST', `/upload?name=${encodeURIComponent(file.name)}&modified=${file.lastModified}`);
      request.setRequestHeader('Authorization', `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`);
      request.upload.onprogress = (event) => onProgress(before + event.loaded, total, file.name);
      request.onload = () => {
        try {
          const body = JSON.parse(request.responseText) as { ok: boolean; value?: { uploadId: string }; error?: { code: string; message: string } };
          if (body.ok && body.value) resolve({ uploadId: body.value.uploadId, fileName: file.name });
          else reject(new ApiCallError('BAD_ARGUMENT', body.error?.message ?? `${file.name} could not be uploaded.`));
        } catch {
          reject(new ApiCallError('INTERNAL', `${file.name} could not be uploaded: the app gave no answer. Check that it is still running.`));
        }
      };
      request.onerror = () => reject(new ApiCallError('INTERNAL', `${file.name} could not be uploaded: the app is not responding. Check that it is still running.`));
      request.onabort = () => reject(new ApiCallError('CANCELLED', 'Cancelled. Nothing was added.'));
      request.send(file);
    });
  const done = (async () => {
    const uploads: { uploadId: string; fileName: string }[] = [];
    let before = 0;
    for (const file of files) {
      if (cancelled) throw new ApiCallError('CANCELLED', 'Cancelled. Nothing was added.');
      uploads.push(await sendOne(file, before));
      before += file.size;
    }
    return uploads;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      current?.abort();
    },
  };
}

const PIECE = 4 * 1024 * 1024;

/** Reads an item's bytes into a Blob of the given type, piece by piece; stops when `signal` aborts. */
export async function readAsBlob(api: ApiClient, ref: string, size: number, type: string, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<Blob> {
  const parts: BlobPart[] = [];
  for (let offset = 0; offset < size; offset += PIECE) {
    if (signal?.aborted) throw new ApiCallError('CANCELLED', 'Cancelled.');
    const piece = await api.call('evidence.read', { ref, offset, length: Math.min(PIECE, size - offset) });
    const binary = atob(piece.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    parts.push(bytes);
    onProgress?.(offset + bytes.length);
  }
  return new Blob(parts, { type });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
