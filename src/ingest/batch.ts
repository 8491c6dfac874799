/**
 * Loading stage: records to the graph in batches, each batch one transaction (`loadRecords`),
 * bounded by articles and bytes. A batch cut short by a crash or a killed database is not in
 * the graph at all, so running the same command again completes the input. A batch the
 * database refuses is split until the article at fault is alone: that article is reported and
 * the rest lands. A bad input is counted and reported and the batch goes on; only a database
 * that stops answering ends it early. With no driver (`--dry-run`) records are checked and
 * described, not written.
 */
import { Driver } from 'neo4j-driver';
import { isDatabaseUnavailable, unavailableCause } from '../graph/database';
import { BatchWriteError, loadRecords, LoadOptions, LoadOutcome, MANUAL, PreparedRecord, prepareRecord, transferId } from '../graph/loader';
import { ArticleRecord } from '../record';
import { Item, Origin, where } from './item';

/** unknown: the database went away while the article's batch was committing (see BatchWriteError). */
export type Outcome = Exclude<LoadOutcome, 'kept'> | 'checked' | 'failed' | 'skipped' | 'unknown';
export const OUTCOMES: readonly Outcome[] = ['loaded', 'replaced', 'unchanged', 'checked', 'failed', 'skipped', 'unknown'];

export interface ArticleEvent {
  origin: Origin;
  where: string;
  outcome: Outcome;
  /** Article id; null when the input never became a record. */
  id: string | null;
  claims: number;
  /** Transfers the record asserts, "supplier->recipient:category (status)". */
  transfers: string[];
  reason: string | null;
  warnings: string[];
}

export interface Problem {
  where: string;
  message: string;
}

export interface BatchReport {
  dryRun: boolean;
  counts: Record<Outcome, number>;
  failures: Problem[];
  warnings: Problem[];
  skipped: Problem[];
  /** Articles whose batch may or may not have committed when the database went away. */
  unknown: Problem[];
  /** Why the batch stopped before its end (the database went away); null when it ran through. */
  interrupted: string | null;
  seconds: number;
}

export const DEFAULT_BATCH_ARTICLES = 100;
export const DEFAULT_BATCH_BYTES = 1024 * 1024;
/** A batch waits at most this long for more articles (a slow feed on stdin still lands). */
const LINGER_MS = 1000;

export interface BatchOptions {
  /** null: dry run, nothing is written. */
  driver: Driver | null;
  /** Articles in one transaction at most (default 100). */
  batchArticles?: number;
  /** Bytes of records (as JSON) in one transaction at most (default 1 MB); a larger article goes alone. */
  batchBytes?: number;
  /**
   * Batches written at once, each in its own transaction (default 2): one is extracted while
   * another is written. Every batch takes its locks in id order.
   */
  concurrency?: number;
  /** Replace hand-corrected ("manual") records with extracted ones (default: keep them). */
  replaceManual?: boolean;
  /** How transfer figures follow a batch (see LoadOptions.refresh; benchmarks compare the two). */
  refresh?: LoadOptions['refresh'];
  onEvent?: (event: ArticleEvent) => void;
}

interface Pending {
  item: Item<ArticleRecord> & { kind: 'ok' };
  prepared: PreparedRecord;
}

/** How often one article is tried when the database keeps answering with a transient error. */
const TRANSIENT_ATTEMPTS = 3;

const isTransient = (error: unknown) => ((error as { code?: string }).code ?? '').startsWith('Neo.TransientError.');

function describe(record: ArticleRecord): string[] {
  return record.transfers.map((t) => `${transferId(t)} (${t.status})`);
}

/** A promise that resolves after `ms`, and a way to drop it early. */
function timer(ms: number): { done: Promise<'linger'>; cancel: () => void } {
  let handle: NodeJS.Timeout | undefined;
  const done = new Promise<'linger'>((resolve) => (handle = setTimeout(() => resolve('linger'), Math.max(0, ms))));
  return { done, cancel: () => clearTimeout(handle) };
}

export async function runBatch(items: AsyncIterable<Item<ArticleRecord>>, options: BatchOptions): Promise<BatchReport> {
  const started = Date.now();
  const report: BatchReport = {
    dryRun: options.driver === null,
    counts: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
    failures: [],
    warnings: [],
    skipped: [],
    unknown: [],
    interrupted: null,
    seconds: 0,
  };
  /** First place each article id was seen in this batch. */
  const seen = new Map<string, string>();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const maxArticles = Math.max(1, options.batchArticles ?? DEFAULT_BATCH_ARTICLES);
  const maxBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  const writing = new Set<Promise<void>>();
  let pending: Pending[] = [];
  let pendingBytes = 0;
  let pendingSince = 0;

  const emit = (item: Item<ArticleRecord>, outcome: Outcome, detail: { id?: string; claims?: number; transfers?: string[]; reason?: string } = {}) => {
    const event: ArticleEvent = {
      origin: item.origin,
      where: where(item.origin),
      outcome,
      id: detail.id ?? null,
      claims: detail.claims ?? 0,
      transfers: detail.transfers ?? [],
      reason: detail.reason ?? null,
      warnings: item.warnings,
    };
    report.counts[outcome] += 1;
    const problem = { where: event.where, message: event.reason ?? outcome };
    if (outcome === 'failed') report.failures.push(problem);
    if (outcome === 'skipped') report.skipped.push(problem);
    if (outcome === 'unknown') report.unknown.push(problem);
    options.onEvent?.(event);
  };

  const gone = (error: unknown, batch: Pending[]) => {
    // the cause without the driver's paragraphs
    const message = unavailableCause(error);
    const committing = error instanceof BatchWriteError && error.committing;
    for (const { item, prepared } of batch) {
      const id = prepared.record.article.id;
      // the cause is said once, in report.interrupted, not again for every article of the batch
      if (committing) {
        emit(item, 'unknown', { id, reason: "outcome unknown: the database stopped answering while this article's batch was committing; it may be in the graph or not — the same command again loads it or finds it unchanged" });
      } else {
        emit(item, 'failed', { id, reason: 'not written: the database stopped answering' });
      }
    }
    report.interrupted = `the database stopped answering (${message}); articles loaded so far are complete — run the same command again to finish the batch`;
  };

  /** Writes a batch; one the database refuses is halved until the article at fault is alone. */
  const write = async (driver: Driver, batch: Pending[], attempt = 1): Promise<void> => {
    if (report.interrupted) {
      for (const { item, prepared } of batch) emit(item, 'failed', { id: prepared.record.article.id, reason: 'not written: the database stopped answering before its batch; the same command again loads it' });
      return;
    }
    try {
      const results = await loadRecords(driver, batch.map((p) => p.prepared), { replaceManual: options.replaceManual, refresh: options.refresh });
      results.forEach((result, i) => {
        const { item, prepared } = batch[i];
        if (result.outcome === 'kept') {
          emit(item, 'skipped', { id: result.articleId, reason: `article ${result.articleId} has a hand-corrected (${MANUAL}) record in the graph, which is kept; --replace-manual replaces it with this one` });
        } else emit(item, result.outcome, { id: result.articleId, claims: result.claims, transfers: describe(prepared.record) });
      });
    } catch (error) {
      if (isDatabaseUnavailable(error)) return gone(error, batch);
      // A deadlock or other transient error that outlasted the driver's retries: once more, alone.
      if (batch.length === 1 && isTransient(error) && attempt < TRANSIENT_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        return write(driver, batch, attempt + 1);
      }
      if (batch.length === 1) {
        const { item, prepared } = batch[0];
        return emit(item, 'failed', { id: prepared.record.article.id, reason: `not written (the database refused it): ${(error as Error).message}` });
      }
      const half = Math.ceil(batch.length / 2);
      await write(driver, batch.slice(0, half));
      await write(driver, batch.slice(half));
    }
  };

  const flush = async (driver: Driver) => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingBytes = 0;
    if (writing.size >= concurrency) await Promise.race(writing);
    const load = write(driver, batch).finally(() => writing.delete(load));
    writing.add(load);
  };

  const accept = async (item: Item<ArticleRecord>) => {
    // Warnings belong to the input as read: recorded in input order, whenever its load ends.
    for (const message of item.warnings) report.warnings.push({ where: where(item.origin), message });
    if (item.kind !== 'ok') return emit(item, item.kind, { reason: item.reason });
    const record = item.value;
    const id = record.article.id;
    const first = seen.get(id);
    if (first !== undefined) {
      const reason = `duplicate article id ${id} in this batch: same article as ${first}, which is loaded; this copy is skipped`;
      report.warnings.push({ where: where(item.origin), message: reason });
      return emit(item, 'skipped', { id, reason });
    }
    seen.set(id, where(item.origin));
    if (options.driver === null) return emit(item, 'checked', { id, claims: record.transfers.length, transfers: describe(record) });
    const prepared = prepareRecord(record);
    if (pending.length > 0 && pendingBytes + prepared.bytes > maxBytes) await flush(options.driver);
    if (pending.length === 0) pendingSince = Date.now();
    pending.push({ item, prepared });
    pendingBytes += prepared.bytes;
    if (pending.length >= maxArticles || pendingBytes >= maxBytes) await flush(options.driver);
  };

  const iterator = items[Symbol.asyncIterator]();
  let next = iterator.next();
  while (!report.interrupted) {
    // A partly filled batch is written when no more articles come for a while.
    let result: IteratorResult<Item<ArticleRecord>> | 'linger';
    if (pending.length === 0) result = await next;
    else {
      const linger = timer(pendingSince + LINGER_MS - Date.now());
      result = await Promise.race([next, linger.done]);
      linger.cancel();
    }
    if (result === 'linger') {
      await flush(options.driver!);
      continue;
    }
    if (result.done) break;
    await accept(result.value);
    // Reading and extracting may never wait for I/O (input in memory, a fast disk): let the
    // driver's replies in between articles, so batches in flight go on while the next is made.
    if (writing.size > 0) await new Promise((resolve) => setImmediate(resolve));
    next = iterator.next();
  }
  if (options.driver) await flush(options.driver);
  await Promise.all(writing);
  if (report.interrupted) await iterator.return?.(undefined);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
