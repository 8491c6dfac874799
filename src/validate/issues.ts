import type { z } from 'zod';

/** `transfers[0].evidence.start` from a zod issue path. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') || '(record)';
}

/** One line per issue, naming the field: "field transfers[0].status: Invalid option: …". */
export function formatIssues(issues: ReadonlyArray<z.core.$ZodIssue>, limit = 5): string {
  const lines = issues.slice(0, limit).map((issue) => `field ${fieldPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines.join('; ');
}
