/**
 * Every Neo4j transaction armsgraph runs has a timeout (NEO4J_TX_TIMEOUT_MS): the database
 * stops a transaction that runs longer, so no query can hold the API or a batch indefinitely.
 * `connect()` records the setting per driver; readers and writers take it from here.
 */
import { Driver } from 'neo4j-driver';
import { DEFAULTS } from '../config';

const timeouts = new WeakMap<Driver, number>();

export function setTransactionTimeout(driver: Driver, ms: number): void {
  timeouts.set(driver, ms);
}

/** Transaction timeout of a driver in ms (the default for drivers not made by connect()). */
export function transactionTimeout(driver: Driver): number {
  return timeouts.get(driver) ?? DEFAULTS.neo4jTxTimeoutMs;
}

/** True for the error Neo4j gives when it stopped a transaction at its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(code);
}
