import neo4j, { Driver } from 'neo4j-driver';
import { boltAddress, Config, describeDatabase, ENV_FILE, passwordFile, passwordSetting } from '../config';
import { boltAnswers, ensurePassword, startLocalNeo4j } from './local-neo4j';
import { STATUSES } from '../record';
import { query, statements } from './queries';
import { setTransactionTimeout } from './timeout';

export class DatabaseUnavailableError extends Error {
  constructor(config: Config, cause: string) {
    super(
      `Neo4j at ${config.neo4jUri} does not answer (${cause}). Start it with \`docker compose up -d\` or set NEO4J_URI ` +
        `in .env to a running Neo4j 5; for a local address armsgraph starts one itself.`,
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** Neo4j answered, but not to these credentials: the message says where the password came from and how to set it. */
export class WrongPasswordError extends Error {
  constructor(config: Config) {
    const { port, isLocal } = boltAddress(config);
    const kept = passwordFile(config.neo4jHome, port);
    const from =
      config.neo4jPasswordSource === 'setting'
        ? `the password NEO4J_PASSWORD (${passwordSetting()})`
        : config.neo4jPasswordSource === 'file'
          ? `the password kept in ${kept}`
          : 'no password (NEO4J_PASSWORD is not set)';
    super(
      `Neo4j at ${config.neo4jUri} refused user "${config.neo4jUser}" with ${from}: the password is wrong. ` +
        `Set NEO4J_PASSWORD in ${ENV_FILE} to this database's password` +
        (isLocal ? ` (a local Neo4j armsgraph started keeps its own in ${kept}; \`npm run db:status\` shows which one runs)` : '') +
        `. To change it: ALTER CURRENT USER SET PASSWORD FROM '<old>' TO '<new>' in the system database (README, "Passwords").`,
    );
    this.name = 'WrongPasswordError';
  }
}

const WRONG_CREDENTIALS = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/**
 * What a user needs of the driver's text for a database that does not answer: its cause
 * ("connect ECONNREFUSED 127.0.0.1:7687", "Connection was closed by server"), without the
 * paragraph on encryption settings the driver puts before it.
 */
export function unavailableCause(error: unknown): string {
  const message = (error as Error | null)?.message ?? String(error);
  return /Caused by: (.*)$/s.exec(message)?.[1].trim() ?? message.split('\n')[0];
}

/**
 * A driver for the configured database. When NEO4J_URI points at this machine and nothing
 * answers there, the local Neo4j is started first (from Maven Central on first use).
 */
export async function connect(config: Config, log: (line: string) => void = console.log): Promise<Driver> {
  log(describeDatabase(config));
  if (boltAddress(config).isLocal) {
    // Starts it when nothing answers; either way makes sure its password is known (see ensurePassword).
    if (!(await boltAnswers(config))) await startLocalNeo4j(config, log);
    else if (config.neo4jPasswordSource !== 'setting') await ensurePassword(config);
  }
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    if (WRONG_CREDENTIALS.has((error as { code?: string }).code ?? '')) throw new WrongPasswordError(config);
    throw new DatabaseUnavailableError(config, unavailableCause(error));
  }
  return driver;
}

/**
 * How long the driver waits for a database that is gone: a refused or lost connection fails a
 * request within a few seconds (retries included) instead of the driver's 30 to 60 s defaults;
 * the driver reconnects by itself on the next request once the database is back.
 */
export const UNAVAILABLE_AFTER = {
  connectionTimeoutMs: 3000,
  connectionAcquisitionTimeoutMs: 5000,
  maxTransactionRetryTimeMs: 2000,
} as const;

/** A driver for the configured database, without connecting yet; every transaction gets NEO4J_TX_TIMEOUT_MS. */
export function createDriver(config: Config): Driver {
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    disableLosslessIntegers: true,
    connectionTimeout: UNAVAILABLE_AFTER.connectionTimeoutMs,
    connectionAcquisitionTimeout: UNAVAILABLE_AFTER.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: UNAVAILABLE_AFTER.maxTransactionRetryTimeMs,
  });
  setTransactionTimeout(driver, config.neo4jTxTimeoutMs);
  return driver;
}

/** True for the driver's errors that mean the database cannot be reached (down, restarting, network). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') return true;
  if (e.code === 'Neo.TransientError.General.DatabaseUnavailable') return true;
  return /ECONNREFUSED|ECONNRESET|Connection acquisition timed out|Failed to connect to server|Pool is closed/i.test(e.message ?? '');
}

/** Applies cypher/schema.cypher (every statement there is idempotent), then brings a graph of an older armsgraph up to date. */
export async function applySchema(driver: Driver): Promise<void> {
  for (const statement of statements('schema')) {
    await driver.executeQuery(statement);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  await setClaimKeys(driver);
  await refreshOutdatedTransfers(driver);
}

/** Claims of an older armsgraph get their ordering keys (write/claim-keys), in an implicit transaction that commits in steps. */
async function setClaimKeys(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (c:Claim) WHERE c.reportKey IS NULL OR c.timelineKey IS NULL RETURN count(c) > 0 AS missing');
  if (!records[0].get('missing')) return;
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(query('write/claim-keys'));
  } finally {
    await session.close();
  }
}

/** Transfers refreshed per transaction when a graph is brought up to date. */
const REFRESH_CHUNK = 500;

/**
 * Transfers without `disagreements`, or without the figures write/extend-transfers adds to
 * (loaded before they existed), get their figures recomputed once.
 */
async function refreshOutdatedTransfers(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(query('write/outdated-transfers'));
  const ids = records.map((r) => r.get('id') as string);
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    await driver.executeQuery(query('write/refresh-transfers'), { transferIds: ids.slice(i, i + REFRESH_CHUNK), statusOrder: STATUSES });
  }
}
