/**
 * Response cache: answers are kept until the graph changes. The key includes the graph version
 * (cypher/graph-version.cypher), read on every request, so a batch loaded by any process —
 * `npm run ingest` beside a running server — is seen by the next request, never a stale answer.
 */
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { Driver } from 'neo4j-driver';
import { readRows } from '../graph/reader';

/** Distinct answers kept; the least recently used go first. */
const MAX_ENTRIES = 1000;

async function graphVersion(driver: Driver): Promise<string> {
  const [row] = await readRows<{ articles: number; lastLoadedAt: string | null }>(driver, 'graph-version');
  return `${row.articles}@${row.lastLoadedAt ?? ''}`;
}

export function responseCache(driver: Driver) {
  return useResponseCache({
    // Every client sees the same graph: one shared cache, no sessions.
    session: () => null,
    cache: createInMemoryCache({ max: MAX_ENTRIES }),
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
      createHash('sha256')
        .update(JSON.stringify([await graphVersion(driver), documentString, variableValues ?? {}, operationName ?? null]))
        .digest('hex'),
  });
}
