/** Turns a name a user typed ("Nordkorea", "DPRK", "Pjöngjang", "Kirby") into an entity of the graph. */
import { nameKey } from '../names';
import { resolveName } from '../lexicon';
import { EntityType } from '../record';
import { readRows } from '../graph/reader';
import { ApiContext, EntityLabel, EntityView } from './context';
import { notFound, userInputError } from './input';

/** What a user may look up by name, the labels it covers and how errors call it. */
export const ENTITY_KINDS = {
  actor: { labels: ['Actor'], types: ['actor'], noun: 'actor' },
  weapon: { labels: ['Item'], types: ['weapon'], noun: 'weapon or item' },
  place: { labels: ['Place'], types: ['place'], noun: 'place' },
  source: { labels: ['Person', 'Actor'], types: ['person', 'actor'], noun: 'person or institution' },
  entity: { labels: ['Actor', 'Person', 'Place', 'Item'], types: ['actor', 'person', 'place', 'weapon'], noun: 'actor, person, place or weapon' },
} satisfies Record<string, { labels: EntityLabel[]; types: EntityType[]; noun: string }>;

export type EntityKind = keyof typeof ENTITY_KINDS;

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`: suggestions only want
 * close names, so a pair that differs in length by more than the limit costs nothing and any
 * other pair costs at most (its length × the band), whatever the graph holds.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length];
}

/** Names longer than this get no suggestions: no alias is that long, so none would be close. */
export const MAX_SUGGESTION_KEY = 64;

/** The keys a typed name is compared with: every alias key and its first and last word, so a surname alone ("Kim", "Lecornu") finds its people. */
function candidateKeys(name: string, keys: string[]): string[] {
  const all = [nameKey(name), ...keys];
  return [...new Set(all.flatMap((k) => {
    const words = k.split(' ');
    return [k, words[0], words[words.length - 1]];
  }))];
}

async function suggestions(ctx: ApiContext, labels: EntityLabel[], key: string): Promise<string[]> {
  if (key.length > MAX_SUGGESTION_KEY) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const rows = await readRows<{ name: string; keys: string[] }>(ctx.driver, 'entity-names', { labels });
  return rows
    .map((r) => ({ name: r.name, d: Math.min(...candidateKeys(r.name, r.keys).map((k) => boundedDistance(key, k, limit))) }))
    .filter((r) => r.d <= limit)
    .sort((x, y) => x.d - y.d || x.name.localeCompare(y.name))
    .filter((r, i, all) => all.findIndex((o) => o.name === r.name) === i)
    .slice(0, 5)
    .map((r) => r.name);
}

/** The entity a name means, or null; an empty name is BAD_USER_INPUT. */
export async function findEntity(ctx: ApiContext, kind: EntityKind, name: string): Promise<EntityView | null> {
  const key = nameKey(name);
  const { labels, types, noun } = ENTITY_KINDS[kind];
  if (key.length === 0) throw userInputError(`A ${noun} name must not be empty.`);
  // The lexicon knows names no article used ("DPRK"); the graph knows the aliases the articles used.
  const known = resolveName(name, types[0]);
  const loader = ctx.entities(labels);
  const byLexicon = known && (types as EntityType[]).includes(known.type) ? await loader.load(known.id) : null;
  return byLexicon ?? loader.load(key);
}

/** The entity a name means; NOT_FOUND with suggestions of close names otherwise. */
export async function resolveEntity(ctx: ApiContext, kind: EntityKind, name: string): Promise<EntityView> {
  const entity = await findEntity(ctx, kind, name);
  if (entity) return entity;
  const { labels, noun } = ENTITY_KINDS[kind];
  const similar = await suggestions(ctx, labels, nameKey(name));
  throw notFound(`No ${noun} named "${name}" in the graph.${similar.length ? ` Did you mean: ${similar.join(', ')}?` : ''}`, similar);
}
