import type { PackageResultView } from '../../../../core/api/audit-types';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where a package was written, its fingerprint, and anything the reader must know about it. */
export function PackageResult({ result }: { result: PackageResultView }) {
  return (
    <div className="notice notice--ok package-result" role="status">
      <p>
        <strong>{result.versionLabel}: package written.</strong> {result.pages} pages, {result.files} files in the ZIP.
      </p>
      <dl className="package-result__list">
        <dt>PDF</dt>
        <dd>
          <code>{result.pdfPath}</code> <span className="muted">({size(result.pdfBytes)})</span>
        </dd>
        <dt>ZIP</dt>
        <dd>
          <code>{result.zipPath}</code> <span className="muted">({size(result.zipBytes)})</span>
        </dd>
        <dt>Fingerprint</dt>
        <dd>
          <code className="fingerprint" data-testid="package-fingerprint">
            {result.fingerprint}
          </code>
          <span className="field__hint">The SHA-256 of manifest.json in the ZIP, printed in the footer of every page of the PDF.</span>
        </dd>
      </dl>
      {result.unsupportedCharacters.length > 0 && (
        <div className="notice notice--warn">
          <p>
            <strong>Some characters cannot be printed with the package fonts.</strong> They appear in the PDF as � so nothing is printed wrongly; change the text in the workspace if they matter.
          </p>
          <ul>
            {result.unsupportedCharacters.map((char) => (
              <li key={char.codePoint}>
                “{char.character}” ({char.codePoint}), {char.occurrences}× in {char.where.join(', ') || 'the package'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.withheld.length > 0 && (
        <div className="notice notice--warn">
          <p>
            <strong>
              {result.withheld.length} evidence item{result.withheld.length === 1 ? ' is' : 's are'} flagged for redaction and left out of the ZIP.
            </strong>{' '}
            They are listed as withheld in the manifest; send the auditor redacted copies separately.
          </p>
          <ul>
            {result.withheld.map((item) => (
              <li key={item.ref}>
                {item.ref} {item.fileName}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
