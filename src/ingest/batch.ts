/**
 * Loading stage: records to the graph, one transaction per article (`loadRecord`), so a batch
 * cut short by a crash or a killed database is completed by running it again. A bad article
 * is counted and reported and the batch goes on; only a database that stops answering ends
 * the batch early. With no driver (`--dry-run`) records are checked and described, not written.
 */
import { Driver } from 'neo4j-driver';
import { unavailableCause } from '../graph/database';
import { loadRecord, LoadOutcome, transferId } from '../graph/loader';
import { ArticleRecord } from '../record';
import { Item, Origin, where } from './item';

export type Outcome = LoadOutcome | 'checked' | 'failed' | 'skipped';
export const OUTCOMES: readonly Outcome[] = ['loaded', 'replaced', 'unchanged', 'checked', 'failed', 'skipped'];

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
  /** Why the batch stopped before its end (the database went away); null when it ran through. */
  interrupted: string | null;
  seconds: number;
}

export interface BatchOptions {
  /** null: dry run, nothing is written. */
  driver: Driver | null;
  /**
   * Articles written at once, each in its own transaction (default 2). Two overlap one
   * article's commit with the next one's work; the loader takes its locks in id order.
   */
  concurrency?: number;
  onEvent?: (event: ArticleEvent) => void;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function databaseGone(error: unknown): boolean {
  return UNAVAILABLE.has((error as { code?: string }).code ?? '');
}

function describe(record: ArticleRecord): string[] {
  return record.transfers.map((t) => `${transferId(t)} (${t.status})`);
}

export async function runBatch(items: AsyncIterable<Item<ArticleRecord>>, options: BatchOptions): Promise<BatchReport> {
  const started = Date.now();
  const report: BatchReport = {
    dryRun: options.driver === null,
    counts: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
    failures: [],
    warnings: [],
    skipped: [],
    interrupted: null,
    seconds: 0,
  };
  /** First place each article id was seen in this batch. */
  const seen = new Map<string, string>();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const writing = new Set<Promise<void>>();

  const write = async (driver: Driver, item: Item<ArticleRecord>, record: ArticleRecord): Promise<void> => {
    const id = record.article.id;
    try {
      const result = await loadRecord(driver, record);
      emit(item, result.outcome, { id, claims: result.claims, transfers: describe(record) });
    } catch (error) {
      if (!databaseGone(error)) {
        emit(item, 'failed', { id, reason: `not written (the database refused it): ${(error as Error).message}` });
        return;
      }
      // The cause is said once, where the batch stops, not again for every article in flight.
      emit(item, 'failed', { id, reason: 'not written: the database stopped answering' });
      report.interrupted ??= `the database stopped answering (${unavailableCause(error)}); articles loaded so far are complete — run the same command again to finish the batch`;
    }
  };

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
    if (outcome === 'failed') report.failures.push({ where: event.where, message: event.reason ?? 'failed' });
    if (outcome === 'skipped') report.skipped.push({ where: event.where, message: event.reason ?? 'skipped' });
    options.onEvent?.(event);
  };

  for await (const item of items) {
    // Warnings belong to the input as read: recorded in input order, whenever its load ends.
    for (const message of item.warnings) report.warnings.push({ where: where(item.origin), message });
    if (item.kind !== 'ok') {
      emit(item, item.kind, { reason: item.reason });
      continue;
    }
    const record = item.value;
    const id = record.article.id;
    const first = seen.get(id);
    if (first !== undefined) {
      emit(item, 'failed', { id, reason: `duplicate article id ${id} in this batch: same article as ${first}; it is loaded once` });
      continue;
    }
    seen.set(id, where(item.origin));
    if (options.driver === null) {
      emit(item, 'checked', { id, claims: record.transfers.length, transfers: describe(record) });
      continue;
    }
    if (report.interrupted) break;
    if (writing.size >= concurrency) await Promise.race(writing);
    if (report.interrupted) break;
    const load = write(options.driver, item, record).finally(() => writing.delete(load));
    writing.add(load);
  }
  await Promise.all(writing);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
