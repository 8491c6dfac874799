/**
 * Load: writes one article record into the graph, in one transaction.
 *
 * Loading is idempotent: a record whose hash equals the stored one changes nothing. A changed
 * record for the same article replaces the article's earlier claims and mentions, never adds
 * to them, and every transfer they touched has its figures recomputed from its claims.
 */
import { createHash } from 'node:crypto';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { ArticleRecord, Entity, STATUSES, TransferRecord } from '../record';
import { nameKey, slug } from '../names';
import { cypherParams } from './params';
import { query } from './queries';
import { transactionTimeout } from './timeout';

export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged';

export interface LoadResult {
  articleId: string;
  outcome: LoadOutcome;
  claims: number;
}

/** A transfer's identity: the same supplier, recipient and category across articles is one transfer. */
export function transferId(t: Pick<TransferRecord, 'supplier' | 'recipient' | 'category'>): string {
  return `${t.supplier.id}->${t.recipient.id}:${t.category}`;
}

export function recordHash(record: ArticleRecord): string {
  return createHash('sha256').update(JSON.stringify([record.extractor, record.article, record.entities, record.transfers])).digest('hex');
}

function entityParams(entities: Entity[], type: Entity['type']) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return entities
    .filter((e) => e.type === type)
    .map((e) => {
      const aliases = [...new Set(e.mentions.map((m) => m.text.trim()).filter((t) => t.length > 0))];
      return {
        id: e.id,
        name: e.name,
        kind: e.kind ?? null,
        role: e.role ?? null,
        affiliation: e.affiliation ?? null,
        affiliationName: e.affiliation ? (names.get(e.affiliation) ?? e.affiliation) : null,
        category: e.category ?? null,
        origin: e.origin ?? null,
        lat: e.lat ?? null,
        lon: e.lon ?? null,
        aliases,
        keys: [...new Set([e.name, ...aliases].map(nameKey))],
        count: e.mentions.length,
      };
    });
}

function claimParams(record: ArticleRecord) {
  const byName = new Map(record.entities.filter((e) => e.type === 'person' || e.type === 'actor').map((e) => [e.name, e.id]));
  const weapons = new Map(record.entities.filter((e) => e.type === 'weapon').map((e) => [e.id, e]));
  return record.transfers.map((t, index) => ({
    id: `${record.article.id}:${index}`,
    transferId: transferId(t),
    supplier: t.supplier,
    recipient: t.recipient,
    category: t.category,
    status: t.status,
    quote: t.evidence.text,
    start: t.evidence.start,
    end: t.evidence.end,
    when: t.when,
    attribution: t.attribution,
    sourceId: t.attribution ? (byName.get(t.attribution) ?? null) : null,
    quantity: t.quantity ?? { value: null, approx: null, unit: null },
    items: t.items.map((item) => {
      const weapon = item.id ? weapons.get(item.id) : undefined;
      return {
        id: item.id ?? slug(item.name),
        name: weapon?.name ?? item.name,
        key: nameKey(item.name),
        kind: item.id ? 'system' : 'class',
        category: weapon?.category ?? t.category,
      };
    }),
  }));
}

async function write(tx: ManagedTransaction, record: ArticleRecord, hash: string): Promise<LoadResult> {
  const { article } = record;
  const run = (name: string, params: Record<string, unknown>) => tx.run(query(name), cypherParams(params));
  const state = await run('write/article-state', { id: article.id });
  const stored: string | null = state.records[0]?.get('recordHash') ?? null;
  if (stored === hash) return { articleId: article.id, outcome: 'unchanged', claims: record.transfers.length };

  // A new article has no earlier claims to forget.
  const forgotten = stored === null ? null : await run('write/forget-article', { id: article.id });
  const touchedBefore: string[] = forgotten?.records[0]?.get('transferIds') ?? [];

  await run('write/merge-article', {
    article,
    extractor: record.extractor,
    recordHash: hash,
    actors: entityParams(record.entities, 'actor'),
    people: entityParams(record.entities, 'person'),
    places: entityParams(record.entities, 'place'),
    weapons: entityParams(record.entities, 'weapon'),
  });
  // Transfers are locked in id order by every article, so concurrent loads cannot deadlock on them.
  const claims = claimParams(record).sort((a, b) => a.transferId.localeCompare(b.transferId));
  await run('write/merge-claims', { articleId: article.id, claims });
  const touched = [...new Set([...touchedBefore, ...claims.map((c) => c.transferId)])].sort();
  await run('write/refresh-transfers', { transferIds: touched, statusOrder: STATUSES });
  return { articleId: article.id, outcome: stored === null ? 'loaded' : 'replaced', claims: claims.length };
}

/** Loads one record in its own transaction; a failure leaves nothing of this article half-written. */
export async function loadRecord(driver: Driver, record: ArticleRecord): Promise<LoadResult> {
  const hash = recordHash(record);
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => write(tx, record, hash), { timeout: transactionTimeout(driver) });
  } finally {
    await session.close();
  }
}
