import neo4j, { Driver, routing } from 'neo4j-driver';
import { query } from './queries';

/** JavaScript numbers reach Cypher as floats; whole numbers go as integers so `LIMIT $first` works. */
function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]));
}

/** Runs a named read query (a file in cypher/) with parameters; rows as plain objects. */
export async function readRows<Row = Record<string, unknown>>(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await driver.executeQuery(query(name), cypherParams(params), { routing: routing.READ });
  return result.records.map((r) => r.toObject() as Row);
}
