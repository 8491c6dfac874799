/** Checks of what clients send, and the coded errors they get back. */
import { GraphQLError } from 'graphql';

/** Every list argument `first` is bounded by this. */
export const MAX_PAGE = 100;

export function userInputError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function notFound(message: string, suggestions: string[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', suggestions } });
}

/** `first` of any list: 0 to MAX_PAGE. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw userInputError(`"first" must be between 0 and ${MAX_PAGE}; got ${first}.`);
  }
  return first;
}

/** An ISO date argument (YYYY-MM-DD) that exists in the calendar, or null. */
export function isoDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw userInputError(`"${name}" must be an ISO date like 2024-01-05; got "${value}".`);
  }
  return value;
}

/** Opaque cursors: base64url of JSON, tagged with what they page through. */
export function encodeCursor(kind: string, position: unknown): string {
  return Buffer.from(JSON.stringify([kind, position])).toString('base64url');
}

/** What a position of each kind of cursor must look like; anything else is a forged cursor. */
const CURSOR_POSITIONS: Record<string, (position: unknown) => boolean> = {
  transfers: (p) => typeof p === 'string' && p.length > 0,
  articles: (p) =>
    typeof p === 'object' && p !== null && !Array.isArray(p) &&
    typeof (p as { date?: unknown }).date === 'string' && typeof (p as { id?: unknown }).id === 'string' &&
    Object.keys(p).length === 2,
};

export function decodeCursor<T>(kind: string, cursor: string | null | undefined): T | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === kind && (CURSOR_POSITIONS[kind]?.(decoded[1]) ?? true)) {
      return decoded[1] as T;
    }
  } catch {
    // falls through to the error below
  }
  throw userInputError(`"after" is not a cursor of ${kind}: use the endCursor or an edge cursor of the previous page.`);
}

/** Words for the full-text index: Lucene's operators escaped, so any text is a valid query. */
export function fullTextQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw userInputError('Search text must not be empty.');
  if (trimmed.length > 200) throw userInputError('Search text must be at most 200 characters.');
  return trimmed.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}
