/**
 * The one Content-Security-Policy for every page the app shows. Scripts only from the app's own
 * bundle (no inline script, no eval), nothing fetched from anywhere else, no plugins, no framing and
 * no form posts: a renderer that is tricked into inserting markup still cannot run or send anything.
 * `'unsafe-inline'` for styles only, because React writes `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Returns `headers` with the app's CSP in force, replacing any policy already there whatever the
 * spelling of the header name, so a response can never carry a weaker policy next to ours.
 */
export function withContentSecurityPolicy(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
