/**
 * Articles already in the graph, as extraction inputs again (`npm run reextract`): a page at a
 * time in id order, so memory holds one page of texts however many articles there are.
 */
import { Driver } from 'neo4j-driver';
import { readRows } from '../graph/reader';
import { ArticleInput, Extractor, Language } from '../record';
import { Item } from './item';

interface StoredArticle {
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  language: Language | null;
  file: string | null;
  publishedAt: string | null;
}

export interface StaleSelection {
  extractor: Pick<Extractor, 'name' | 'version'>;
  /** Every article, hand-made records included, whatever extractor made them. */
  all: boolean;
}

const params = ({ extractor, all }: StaleSelection) => ({ name: extractor.name, version: extractor.version, all });

export async function countStale(driver: Driver, selection: StaleSelection): Promise<number> {
  const [row] = await readRows<{ articles: number }>(driver, 'ingest/stale-count', params(selection));
  return row.articles;
}

export async function* staleArticles(driver: Driver, selection: StaleSelection, pageSize = 100): AsyncGenerator<Item<ArticleInput>> {
  for (let after = ''; ; ) {
    const rows = await readRows<{ article: StoredArticle }>(driver, 'ingest/stale-articles', { ...params(selection), after, limit: pageSize });
    if (rows.length === 0) return;
    for (const { article } of rows) {
      yield { kind: 'ok', origin: { file: article.file, article: article.id }, warnings: [], value: article };
    }
    after = rows[rows.length - 1].article.id;
  }
}
