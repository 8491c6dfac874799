/**
 * Before any suite: the tests' Neo4j answers (a local one is fetched from Maven Central and
 * started on the first run, which can take minutes on a cold or busy machine), so no suite's
 * own hook spends its timeout waiting for it.
 */
import { connect } from '../../src/graph/database';
import { testConfig } from './database';

export default async function globalSetup(): Promise<void> {
  const driver = await connect(testConfig(), (line) => process.stderr.write(`${line}\n`));
  await driver.close();
}
