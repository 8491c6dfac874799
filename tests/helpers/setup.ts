/**
 * Before `npm test` (jest globalSetup): the tests' Neo4j is started (on a fresh clone: resolved
 * from Maven Central first) and given the schema, once and without a test's time limit, so no
 * test's first hook pays for it.
 */
import { testDatabaseConfig } from '../../src/config';
import { applySchema, connect } from '../../src/graph/database';

export default async function setup(): Promise<void> {
  const driver = await connect(testDatabaseConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    await applySchema(driver);
  } finally {
    await driver.close();
  }
}
