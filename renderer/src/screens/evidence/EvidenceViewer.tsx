import { useEffect, useState } from 'react';
import type { EvidenceDetailView } from '../../../../core/api/evidence-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatBytes, readAsBlob } from './evidence-files';

/** Files up to this size are shown in the app; larger ones are opened from an exported copy. */
const PREVIEW_LIMIT = 32 * 1024 * 1024;
const TEXT_LIMIT = 256 * 1024;

type Shown = { kind: 'url'; url: string } | { kind: 'text'; text: string; cut: boolean } | null;

/**
 * Shows evidence inside the app: images and PDFs from a local blob: URL made of the stored bytes,
 * text and CSV as plain text (never interpreted as markup). Other types, and very large files, say so
 * and point to the download.
 */
export function EvidenceViewer({ item }: { item: EvidenceDetailView }) {
  const api = useApi();
  const [shown, setShown] = useState<Shown>(null);
  const [error, setError] = useState<unknown>(null);
  const tooLarge = item.preview !== 'text' && item.size > PREVIEW_LIMIT;

  useEffect(() => {
    setShown(null);
    setError(null);
    if (item.preview === 'none' || tooLarge) return undefined;
    const controller = new AbortController();
    let url: string | null = null;
    const load = async () => {
      if (item.preview === 'text') {
        const piece = await api.call('evidence.read', { ref: item.ref, offset: 0, length: Math.min(TEXT_LIMIT, Math.max(1, item.size)) });
        const binary = atob(piece.base64);
        const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
        if (!controller.signal.aborted) setShown({ kind: 'text', text: new TextDecoder('utf-8').decode(bytes), cut: item.size > TEXT_LIMIT });
        return;
      }
      // The type is fixed here from what the app recorded, so a file can never be shown as a page.
      const blob = await readAsBlob(api, item.ref, item.size, item.preview === 'pdf' ? 'application/pdf' : item.mediaType, undefined, controller.signal);
      if (controller.signal.aborted) return;
      url = URL.createObjectURL(blob);
      setShown({ kind: 'url', url });
    };
    load().catch((caught: unknown) => {
      if (!controller.signal.aborted) setError(caught);
    });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, item.ref, item.size, item.preview, item.mediaType, tooLarge]);

  if (error) return <ErrorMessage error={error} />;
  if (item.preview === 'none') return <p className="evidence-viewer__note">This kind of file ({item.mediaType}) cannot be shown here. Download the original to open it in its own program.</p>;
  if (tooLarge) return <p className="evidence-viewer__note">This file is {formatBytes(item.size)}, too large to show here. Download the original to open it.</p>;
  if (!shown) return <p aria-busy="true">Loading the preview…</p>;
  if (shown.kind === 'text') {
    return (
      <div className="evidence-viewer">
        <pre className="evidence-viewer__text" tabIndex={0} aria-label={`Contents of ${item.fileName}`}>
          {shown.text}
        </pre>
        {shown.cut && <p className="muted">Showing the first {formatBytes(TEXT_LIMIT)} of {formatBytes(item.size)}.</p>}
      </div>
    );
  }
  return (
    <div className="evidence-viewer">
      {item.preview === 'image' ? (
        <img className="evidence-viewer__image" src={shown.url} alt={`${item.fileName}${item.description ? `: ${item.description}` : ''}`} />
      ) : (
        <>
          <iframe className="evidence-viewer__pdf" src={shown.url} title={`PDF: ${item.fileName}`} />
          <p className="muted">If the document does not appear, this window has no PDF viewer: download the original to open it.</p>
        </>
      )}
    </div>
  );
}
