/**
 * The date a package is stamped with. With SOURCE_DATE_EPOCH set (whole seconds since 1970, the
 * convention of reproducible builds) it is that instant, so rebuilding the same workspace gives the same
 * bytes; otherwise it is now. A sealed version always uses its seal time.
 */
export function packageDate(now: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw.trim() === '') return now;
  if (!/^\d{1,12}$/.test(raw.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${raw.slice(0, 40)}").`);
  return new Date(Number(raw.trim()) * 1000);
}
