/**
 * Per-request state: DataLoaders over named Cypher queries, so every transfer, claim, article
 * and entity a request touches loads in one round trip per kind, not one per field (N+1).
 */
import DataLoader from 'dataloader';
import { Driver } from 'neo4j-driver';
import { readRows } from '../graph/reader';

/** A node as a query projects it: an id and whatever fields the query returns. */
export interface View {
  id: string;
  [field: string]: unknown;
}

/** Labels an entity name may resolve to (see cypher/entity-lookup.cypher). */
export type EntityLabel = 'Actor' | 'Person' | 'Place' | 'Item';

export interface EntityView extends View {
  name: string;
  type: 'actor' | 'person' | 'place' | 'weapon';
  aliases: string[];
}

/** DataLoaders of one request; a plain object, since yoga copies the context's own properties. */
export interface ApiContext {
  driver: Driver;
  /** Transfers by id (cypher/transfers-by-id.cypher). */
  transfers: DataLoader<string, View>;
  /** Claims by id (cypher/claims-by-id.cypher). */
  claims: DataLoader<string, View>;
  /** Articles by id, with text, claim ids and mentions (cypher/articles-by-id.cypher); null when unknown. */
  articles: DataLoader<string, View | null>;
  /** Entities of the given labels by alias key (cypher/entity-lookup.cypher); null where nothing matches. */
  entities(labels: EntityLabel[]): DataLoader<string, EntityView | null>;
  /**
   * Rows of a query that takes a list of keys as `keyParam` and names the key of each row in
   * `keyColumn` (e.g. actor-supplied: actors → actor); other parameters are fixed per loader.
   */
  rowsByKey<Row extends Record<string, unknown>>(name: string, keyParam: string, keyColumn: keyof Row & string, params: Record<string, unknown>): DataLoader<string, Row[]>;
}

export function createContext(driver: Driver): ApiContext {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  function memo<L extends DataLoader<string, unknown>>(key: string, make: () => L): L {
    let loader = loaders.get(key);
    if (!loader) {
      loader = make();
      loaders.set(key, loader);
    }
    return loader as L;
  }
  async function viewsById(name: string, column: string, ids: readonly string[]): Promise<Map<string, View>> {
    const rows = await readRows<Record<string, View>>(driver, name, { ids });
    return new Map(rows.map((r) => [r[column].id, r[column]]));
  }
  function byId(name: string, column: string): DataLoader<string, View> {
    return new DataLoader<string, View>(async (ids) => {
      const found = await viewsById(name, column, ids);
      return ids.map((id) => found.get(id) ?? new Error(`${column} ${id} vanished while the query ran.`));
    });
  }
  return {
    driver,
    transfers: byId('transfers-by-id', 'transfer'),
    claims: byId('claims-by-id', 'claim'),
    articles: new DataLoader<string, View | null>(async (ids) => {
      const found = await viewsById('articles-by-id', 'article', ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    entities: (labels) =>
      memo(`entity-lookup ${labels.join()}`, () =>
        new DataLoader<string, EntityView | null>(async (keys) => {
          const rows = await readRows<{ key: string; entity: EntityView }>(driver, 'entity-lookup', { labels, keys });
          const byKey = new Map(rows.map((r) => [r.key, r.entity]));
          return keys.map((key) => byKey.get(key) ?? null);
        }),
      ),
    rowsByKey: <Row extends Record<string, unknown>>(name: string, keyParam: string, keyColumn: keyof Row & string, params: Record<string, unknown>) =>
      memo(`${name} ${JSON.stringify(params)}`, () =>
        new DataLoader<string, Row[]>(async (keys) => {
          const rows = await readRows<Row>(driver, name, { ...params, [keyParam]: keys });
          return keys.map((key) => rows.filter((r) => r[keyColumn] === key));
        }),
      ),
  };
}
