/**
 * The ingest pipeline: read → identify → extract → load, one article at a time.
 *
 *   runBatch(extractRecords(readInputs(args, …), extractor), { driver })
 */
import { articleId } from '../identity';
import { ArticleInput, ArticleRecord, Extractor } from '../record';
import type { Checked } from '../validate/checked';
import { BatchOptions, BatchReport, runBatch } from './batch';
import { Item, mapItems } from './item';
import { readInputs, ReadOptions } from './sources';

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

export function extractRecords(inputs: AsyncIterable<Item<ArticleInput>>, extractor: Extractor): AsyncGenerator<Item<ArticleRecord>> {
  return mapItems(inputs, (input) => extractArticle(extractor, input));
}

export interface IngestOptions extends ReadOptions, BatchOptions {
  extractor: Extractor;
}

export function ingest(args: string[], options: IngestOptions): Promise<BatchReport> {
  return runBatch(extractRecords(readInputs(args, options), options.extractor), options);
}
