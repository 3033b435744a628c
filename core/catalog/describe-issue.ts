import type { z } from 'zod';

/** Names the item a validation issue is in by its id when it has one, e.g. `[12] ACC-04 > testProcedure`. */
export function describePath(value: unknown, issuePath: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = value;
  for (const key of issuePath) {
    const child: unknown = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = child !== null && typeof child === 'object' ? (child as { id?: unknown }).id : undefined;
    parts.push(typeof key === 'number' ? `[${key}]${typeof id === 'string' ? ` ${id}` : ''}` : String(key));
    node = child;
  }
  return parts.length === 0 ? '(top level)' : parts.join(' > ');
}

/** The first problem of a failed validation, located precisely enough to fix it by hand. */
export function describeIssue(value: unknown, error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${describePath(value, issue.path)}: ${issue.message}`;
}
