/**
 * Load: writes article records into the graph, many articles in one transaction.
 *
 * Loading is idempotent: a record whose hash equals the stored one changes nothing. A changed
 * record for the same article replaces the article's earlier claims and mentions, never adds
 * to them, and every transfer they touched has its figures recomputed from its claims, once
 * per batch; a transfer that only gained claims has its figures extended by the new claims
 * alone (write/extend-transfers), so a batch's cost does not grow with the graph. A batch is one transaction: after a crash it is there whole or not at all.
 * A hand-corrected record (extractor "manual") is kept when an extractor's record for the same
 * article arrives, unless the caller asks to replace it.
 */
import { createHash } from 'node:crypto';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { ArticleRecord, Entity, STATUSES, TransferRecord } from '../record';
import { nameKey, slug } from '../names';
import { cypherParams } from './params';
import { query } from './queries';
import { transactionTimeout } from './timeout';

/** kept: a hand-corrected ("manual") record is stored for the article and this one is not manual. */
export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged' | 'kept';

export const MANUAL = 'manual';

export interface LoadResult {
  articleId: string;
  outcome: LoadOutcome;
  claims: number;
}

export interface LoadOptions {
  /** Replace hand-corrected ("manual") records with records another extractor made. */
  replaceManual?: boolean;
  /**
   * How transfer figures follow a batch: 'extend' (the default) adds the new claims of a
   * transfer that only gained claims to its stored figures and recomputes the others from all
   * their claims; 'full' recomputes every touched transfer from all its claims, as armsgraph
   * did before (for benchmarks and tests: both give the same graph).
   */
  refresh?: 'extend' | 'full';
}

/** A record ready to load: its hash, and its size as the batch bounds count it. */
export interface PreparedRecord {
  record: ArticleRecord;
  hash: string;
  bytes: number;
}

/** A transfer's identity: the same supplier, recipient and category across articles is one transfer. */
export function transferId(t: Pick<TransferRecord, 'supplier' | 'recipient' | 'category'>): string {
  return `${t.supplier.id}->${t.recipient.id}:${t.category}`;
}

/**
 * What the hash covers: everything the record says except where it was read from (`file`), so
 * the same article from another path or from stdin is the same record (issue 11.13).
 */
export function prepareRecord(record: ArticleRecord): PreparedRecord {
  const json = JSON.stringify([record.extractor, { ...record.article, file: undefined }, record.entities, record.transfers]);
  return { record, hash: createHash('sha256').update(json).digest('hex'), bytes: Buffer.byteLength(json) };
}

export function recordHash(record: ArticleRecord): string {
  return prepareRecord(record).hash;
}

/**
 * The hash armsgraph stored before issue 11.13, which covered the file path too: a record read
 * from the same path as then still counts as unchanged, so an upgrade does not rewrite every
 * stored article.
 */
function pathHash(record: ArticleRecord): string {
  return createHash('sha256').update(JSON.stringify([record.extractor, record.article, record.entities, record.transfers])).digest('hex');
}

interface EntityRow {
  id: string;
  name: string;
  kind: string | null;
  role: string | null;
  category: string | null;
  origin: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
  keys: string[];
  affiliations: Array<{ id: string; name: string }>;
  mentions: Array<{ article: string; count: number }>;
}

const addNew = <T>(list: T[], values: Iterable<T>) => {
  for (const v of values) if (!list.includes(v)) list.push(v);
};

/**
 * One row per entity of a kind across the batch's records, in id order: what the articles say
 * about it, in article order, as loading them one after another would leave it (the latest
 * name, the latest value given for each attribute, aliases in order of first appearance).
 */
function entityRows(records: ArticleRecord[], type: Entity['type']): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const { article, entities } of records) {
    const names = new Map(entities.map((e) => [e.id, e.name]));
    for (const e of entities) {
      if (e.type !== type) continue;
      const aliases = [...new Set(e.mentions.map((m) => m.text.trim()).filter((t) => t.length > 0))];
      let row = rows.get(e.id);
      if (!row) {
        row = { id: e.id, name: e.name, kind: null, role: null, category: null, origin: null, lat: null, lon: null, aliases: [], keys: [], affiliations: [], mentions: [] };
        rows.set(e.id, row);
      }
      row.name = e.name;
      row.kind = e.kind ?? row.kind;
      row.role = e.role ?? row.role;
      row.category = e.category ?? row.category;
      row.origin = e.origin ?? row.origin;
      if (e.lat != null && e.lon != null) [row.lat, row.lon] = [e.lat, e.lon];
      addNew(row.aliases, aliases);
      addNew(row.keys, [e.name, ...aliases].map(nameKey));
      if (e.affiliation && !row.affiliations.some((a) => a.id === e.affiliation)) {
        row.affiliations.push({ id: e.affiliation, name: names.get(e.affiliation) ?? e.affiliation });
      }
      row.mentions.push({ article: article.id, count: e.mentions.length });
    }
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function claimParams(record: ArticleRecord) {
  const byName = new Map(record.entities.filter((e) => e.type === 'person' || e.type === 'actor').map((e) => [e.name, e.id]));
  const weapons = new Map(record.entities.filter((e) => e.type === 'weapon').map((e) => [e.id, e]));
  return record.transfers.map((t, index) => ({
    id: `${record.article.id}:${index}`,
    articleId: record.article.id,
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

/** The new claims of each transfer, by transfer id in order (the claims come sorted by it). */
function transferGains(claims: Array<{ id: string; transferId: string }>): Array<{ id: string; claimIds: string[] }> {
  const gains: Array<{ id: string; claimIds: string[] }> = [];
  for (const c of claims) {
    const last = gains.at(-1);
    if (last?.id === c.transferId) last.claimIds.push(c.id);
    else gains.push({ id: c.transferId, claimIds: [c.id] });
  }
  return gains;
}

function outcomeOf(prepared: PreparedRecord, stored: { recordHash: string | null; extractor: string | null } | undefined, options: LoadOptions): LoadOutcome {
  if (!stored) return 'loaded';
  if (stored.recordHash === prepared.hash || stored.recordHash === pathHash(prepared.record)) return 'unchanged';
  if (stored.extractor === MANUAL && prepared.record.extractor.name !== MANUAL && !options.replaceManual) return 'kept';
  return 'replaced';
}

/** Writes a batch in the transaction `tx` (loadRecords runs it in a transaction function of its own). */
export async function writeBatch(tx: Pick<ManagedTransaction, 'run'>, batch: PreparedRecord[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const run = (name: string, params: Record<string, unknown>) => tx.run(query(name), cypherParams(params));
  const states = await run('write/article-states', { ids: batch.map((p) => p.record.article.id) });
  const stored = new Map(states.records.map((r) => [r.get('id') as string, { recordHash: r.get('recordHash'), extractor: r.get('extractor') }]));
  const results = batch.map((p) => ({ articleId: p.record.article.id, outcome: outcomeOf(p, stored.get(p.record.article.id), options), claims: p.record.transfers.length }));
  const changed = batch.filter((_, i) => results[i].outcome === 'loaded' || results[i].outcome === 'replaced');
  if (changed.length === 0) return results;

  // New articles have no earlier claims to forget.
  const replaced = results.filter((r) => r.outcome === 'replaced').map((r) => r.articleId);
  const forgotten = replaced.length === 0 ? null : await run('write/forget-articles', { ids: replaced });
  const touchedBefore: string[] = forgotten?.records[0]?.get('transferIds') ?? [];

  const records = changed.map((p) => p.record);
  await run('write/merge-articles', { articles: changed.map((p) => ({ article: p.record.article, extractor: p.record.extractor, recordHash: p.hash })) });
  await run('write/merge-entities', {
    actors: entityRows(records, 'actor'),
    people: entityRows(records, 'person'),
    places: entityRows(records, 'place'),
    weapons: entityRows(records, 'weapon'),
  });
  // Transfers are locked in id order by every batch, so concurrent loads cannot deadlock on them.
  const claims = records.flatMap(claimParams).sort((a, b) => (a.transferId < b.transferId ? -1 : a.transferId > b.transferId ? 1 : 0));
  const merged = await run('write/merge-claims', { claims });
  const created = new Set<string>(merged.records[0]?.get('created') ?? []);
  const touched = [...new Set([...touchedBefore, ...claims.map((c) => c.transferId)])].sort();
  await run('write/lock-transfers', { transferIds: touched });
  // Transfers that lost claims (a replaced article's) are recomputed from all their claims;
  // the others only gained claims, from articles new to them: their figures grow by those alone.
  const lost = new Set(options.refresh === 'full' ? touched : touchedBefore);
  if (lost.size > 0) await run('write/refresh-transfers', { transferIds: [...lost].sort(), statusOrder: STATUSES });
  const gained = transferGains(claims.filter((c) => created.has(c.id) && !lost.has(c.transferId)));
  if (gained.length > 0) await run('write/extend-transfers', { transfers: gained, statusOrder: STATUSES });
  return results;
}

/**
 * Why a batch was not written. `committing`: the database went away after the transaction
 * was sent to commit, so whether it committed is unknown; running the batch again settles it.
 */
export class BatchWriteError extends Error {
  /** The driver's error code (e.g. ServiceUnavailable, Neo.ClientError.…). */
  readonly code: string | undefined;
  constructor(
    cause: unknown,
    readonly committing: boolean,
  ) {
    super((cause as Error).message, { cause });
    this.name = 'BatchWriteError';
    this.code = (cause as { code?: string }).code;
  }
}

/**
 * Loads records in one write transaction (a transaction function: the driver retries it on
 * transient errors such as deadlocks). Results in the order of `batch`. A failure leaves
 * nothing of the batch written, except when the error says the commit's outcome is unknown.
 */
export async function loadRecords(driver: Driver, batch: PreparedRecord[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  let committing = false;
  try {
    return await session.executeWrite(
      async (tx) => {
        const results = await writeBatch(tx, batch, options);
        // The function has returned: from here the driver commits.
        committing = true;
        return results;
      },
      { timeout: transactionTimeout(driver) },
    );
  } catch (error) {
    throw new BatchWriteError(error, committing);
  } finally {
    await session.close();
  }
}

/** Loads one record in its own transaction. */
export async function loadRecord(driver: Driver, record: ArticleRecord, options: LoadOptions = {}): Promise<LoadResult> {
  const [result] = await loadRecords(driver, [prepareRecord(record)], options);
  return result;
}
