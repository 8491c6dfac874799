/**
 * Response cache: answers are kept until the graph changes. The key includes the graph version
 * (cypher/graph-version.cypher), read on every request, so a batch loaded by any process —
 * `npm run ingest` beside a running server — or an edit by `npm run cypher -- --write` is seen by
 * the next request, never a stale answer.
 *
 * The cache is bounded twice: by entries (API_CACHE_MAX_ENTRIES) and by the bytes of the answers
 * it holds, measured as their JSON (API_CACHE_MAX_BYTES); the least recently used go first, and
 * an answer bigger than a quarter of the byte budget is served but not kept.
 */
import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { Driver } from 'neo4j-driver';
import { readRows } from '../graph/reader';
import { tooDeep } from './variables';

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

/** A least-recently-used map of answers bounded by count and by bytes. */
export class BoundedCache {
  private readonly entries = new Map<string, { result: ExecutionResult; bytes: number; expires: number }>();
  private total = 0;

  constructor(readonly limits: CacheLimits) {}

  /** Bytes of the answers held. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): ExecutionResult | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    this.entries.delete(id);
    if (entry.expires <= Date.now()) {
      this.total -= entry.bytes;
      return null;
    }
    this.entries.set(id, entry);
    return entry.result;
  }

  set(id: string, result: ExecutionResult, _entities?: unknown, ttl = Infinity): void {
    this.delete(id);
    const bytes = Buffer.byteLength(JSON.stringify(result));
    if (bytes > this.limits.maxBytes / 4 || this.limits.maxEntries < 1) return;
    this.entries.set(id, { result, bytes, expires: ttl > 0 && Number.isFinite(ttl) ? Date.now() + ttl : Infinity });
    this.total += bytes;
    for (const key of this.entries.keys()) {
      if (this.total <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.delete(key);
    }
  }

  /** Answers never go stale by entity (the graph version is in every key); nothing to invalidate. */
  invalidate(): void {}

  private delete(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.total -= entry.bytes;
  }
}

async function graphVersion(driver: Driver): Promise<string> {
  const [row] = await readRows<{ articles: number; lastLoadedAt: string | null; edits: number }>(driver, 'graph-version');
  return `${row.articles}@${row.lastLoadedAt ?? ''}+${row.edits}`;
}

export function responseCache(driver: Driver, cache: BoundedCache) {
  return useResponseCache({
    // Every client sees the same graph: one shared cache, no sessions.
    session: () => null,
    cache,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
      // Hashing walks the variables: a value nested too deep is refused first, not a stack overflow.
      const deep = tooDeep('variables', variableValues);
      if (deep) throw deep;
      return createHash('sha256')
        .update(JSON.stringify([await graphVersion(driver), documentString, variableValues ?? {}, operationName ?? null]))
        .digest('hex');
    },
  });
}
