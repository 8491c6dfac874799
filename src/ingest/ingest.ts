/**
 * The ingest pipeline: read → identify → extract → load, records in input order, written in batches.
 *
 *   runBatch(extractRecords(readInputs(args, …), extractor), { driver })
 */
import { ruleExtractor } from '../extract';
import { articleId } from '../identity';
import { ArticleInput, ArticleRecord, Extractor } from '../record';
import type { Checked } from '../validate/checked';
import { BatchOptions, BatchReport, runBatch } from './batch';
import { Item, mapItems } from './item';
import { readInputs, ReadOptions } from './sources';
import { extractInWorkers } from './workers';

/** Extracts one article under its identity (an explicit id, else `articleId(text, url)`). */
export function extractArticle(extractor: Extractor, input: ArticleInput): Checked<ArticleRecord> {
  const id = input.id ?? articleId(input.text, input.url);
  try {
    const record = extractor.extract({ ...input, id });
    return { ok: true, value: record.article.id === id ? record : { ...record, article: { ...record.article, id } }, warnings: [] };
  } catch (error) {
    return { ok: false, reason: `extractor ${extractor.name} ${extractor.version} failed: ${(error as Error).message}` };
  }
}

/**
 * Records from inputs. With `threads` > 1 the rule extractor runs in worker threads (./workers.ts),
 * records in input order all the same; any other extractor runs here.
 */
export function extractRecords(inputs: AsyncIterable<Item<ArticleInput>>, extractor: Extractor, threads = 1): AsyncGenerator<Item<ArticleRecord>> {
  if (threads > 1 && extractor === ruleExtractor) return extractInWorkers(inputs, threads);
  return mapItems(inputs, (input) => extractArticle(extractor, input));
}

export interface IngestOptions extends ReadOptions, BatchOptions {
  extractor: Extractor;
  /** Extraction threads (default 1: in the main thread). */
  threads?: number;
}

export function ingest(args: string[], options: IngestOptions): Promise<BatchReport> {
  return runBatch(extractRecords(readInputs(args, options), options.extractor, options.threads), options);
}
