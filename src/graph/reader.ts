import { Driver, routing } from 'neo4j-driver';
import { cypherParams } from './params';
import { query } from './queries';

/** Runs a named read query (a file in cypher/) with parameters; rows as plain objects. */
export async function readRows<Row = Record<string, unknown>>(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await driver.executeQuery(query(name), cypherParams(params), { routing: routing.READ });
  return result.records.map((r) => r.toObject() as Row);
}
