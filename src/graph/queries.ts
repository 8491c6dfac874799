/**
 * Named Cypher queries, kept as files in cypher/ so that the API, the loader and people using
 * Neo4j Browser or cypher-shell share one text. A file's name is the query's name
 * ("exchange", "write/load-claims"); `:param` lines and `//` comments are for humans and are
 * stripped here. Parameters are always passed separately, never spliced into the text.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string[]>();

export class UnknownQueryError extends Error {
  constructor(name: string) {
    super(`No Cypher query named "${name}": expected a file ${path.join(CYPHER_DIR, name + '.cypher')}.`);
    this.name = 'UnknownQueryError';
  }
}

/** Splits a Cypher file into statements, dropping comments and Browser commands like `:param`. */
export function parseCypherFile(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|:)/.test(line))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** All statements of a named file, in order. */
export function statements(name: string): string[] {
  let parsed = cache.get(name);
  if (!parsed) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new UnknownQueryError(name);
    parsed = parseCypherFile(fs.readFileSync(file, 'utf8'));
    cache.set(name, parsed);
  }
  return parsed;
}

/** The single statement of a named file. */
export function query(name: string): string {
  const all = statements(name);
  if (all.length !== 1) throw new Error(`Cypher file ${name}.cypher holds ${all.length} statements; expected one.`);
  return all[0];
}
