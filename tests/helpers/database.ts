/**
 * Tests run against a real Neo4j of their own: by default a local one on Bolt port 7688 (started
 * from Maven Central if nothing answers), so they never wipe the database `npm start` uses.
 * TEST_NEO4J_URI points them elsewhere (e.g. a docker compose Neo4j you may wipe).
 */
import { createHash } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { Config, testDatabaseConfig } from '../../src/config';
import { applySchema, connect } from '../../src/graph/database';

/** The tests' database: TEST_NEO4J_URI / TEST_NEO4J_HTTP_PORT from the environment or the project's .env. */
export const testConfig = (): Config => testDatabaseConfig();

export async function openTestDatabase(): Promise<Driver> {
  const driver = await connect(testConfig(), () => undefined);
  await applySchema(driver);
  return driver;
}

export async function clearGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number; labels: Record<string, number> }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
      'CALL () { MATCH (m) UNWIND labels(m) AS label WITH label, count(*) AS c RETURN collect([label, c]) AS perLabel } ' +
      'RETURN nodes, relationships, perLabel',
  );
  const row = records[0];
  return {
    nodes: row.get('nodes'),
    relationships: row.get('relationships'),
    labels: Object.fromEntries(row.get('perLabel') as Array<[string, number]>),
  };
}

/**
 * What "the graph of a clean run" means for crash tests: node counts per label, relationship
 * counts per type, and a checksum over the sorted transfer ids with their claim counts.
 */
export async function graphChecksum(driver: Driver) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n ORDER BY type RETURN collect([type, n]) AS relationships }
     CALL () { MATCH (t:Transfer) WITH t ORDER BY t.id RETURN collect(t.id + ' ' + t.claimCount) AS transfers }
     RETURN relationships, transfers`,
  );
  const transfers: string[] = records[0].get('transfers');
  return {
    labels: (await graphCounts(driver)).labels,
    relationships: Object.fromEntries(records[0].get('relationships') as Array<[string, number]>),
    transfers: transfers.length,
    checksum: createHash('sha256').update(transfers.join('\n')).digest('hex'),
  };
}

/**
 * For a describe block whose tests each start from an empty graph: opens the test database
 * before the block, clears the graph before each test, closes the driver after the block.
 */
export function useCleanGraph(receive: (driver: Driver) => void): void {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await openTestDatabase();
    receive(driver);
  });
  beforeEach(() => clearGraph(driver!));
  afterAll(() => driver?.close());
}
