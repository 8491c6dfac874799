/** Turns a name a user typed ("Nordkorea", "DPRK", "Pjöngjang") into an actor of the graph. */
import { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { nameKey, slug } from '../names';
import { resolveName } from '../lexicon';
import { readRows } from '../graph/reader';

export interface ActorRow {
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
}

/** Levenshtein distance, bounded: enough to rank a handful of suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

async function suggestions(driver: Driver, key: string): Promise<string[]> {
  const rows = await readRows<{ name: string; keys: string[] }>(driver, 'actor-names');
  return rows
    .map((r) => ({ name: r.name, d: Math.min(...[nameKey(r.name), ...(r.keys ?? [])].map((k) => distance(key, k))) }))
    .filter((r) => r.d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((x, y) => x.d - y.d || x.name.localeCompare(y.name))
    .slice(0, 5)
    .map((r) => r.name);
}

export async function resolveActor(driver: Driver, name: string): Promise<ActorRow> {
  const key = nameKey(name);
  if (key.length === 0) {
    throw new GraphQLError('An actor name must not be empty.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  // The lexicon knows aliases no article used ("DPRK" for North Korea); the graph knows actors the lexicon lacks.
  const known = resolveName(name, 'actor');
  const id = known?.type === 'actor' ? known.id : slug(name);
  const [row] = await readRows<{ actor: ActorRow }>(driver, 'actor-lookup', { id, key });
  if (row) return row.actor;
  const similar = await suggestions(driver, key);
  throw new GraphQLError(
    `No actor named "${name}" in the graph.${similar.length ? ` Did you mean: ${similar.join(', ')}?` : ''}`,
    { extensions: { code: 'NOT_FOUND', suggestions: similar } },
  );
}
