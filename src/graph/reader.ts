import { Driver, routing } from 'neo4j-driver';
import { cypherParams } from './params';
import { query } from './queries';
import { transactionTimeout } from './timeout';

/** Runs a named read query (a file in cypher/) with parameters; rows as plain objects. */
export async function readRows<Row = Record<string, unknown>>(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return readText<Row>(driver, query(name), params);
}

/** Runs read-only Cypher within the driver's transaction timeout (see ./timeout). */
export async function readText<Row = Record<string, unknown>>(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await driver.executeQuery(text, cypherParams(params), {
    routing: routing.READ,
    transactionConfig: { timeout: transactionTimeout(driver) },
  });
  return result.records.map((r) => r.toObject() as Row);
}
