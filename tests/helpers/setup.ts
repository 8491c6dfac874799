/**
 * Before `npm test` (jest globalSetup): the tests' Neo4j is started (on a fresh clone: resolved
 * from Maven Central first) and given the schema, once and without a test's time limit, so no
 * test's first hook pays for it. A run of only the suites that need no database (the extractor,
 * the lexicon, the evaluation) starts none.
 */
import type { Config } from '@jest/types';
import { testDatabaseConfig } from '../../src/config';
import { applySchema, connect } from '../../src/graph/database';

/** Suites that never open the database. */
const WITHOUT_DATABASE = /tests\/(?:extract|lexicon|eval|bench)\b/;

export default async function setup(globalConfig: Config.GlobalConfig): Promise<void> {
  const patterns = globalConfig.testPathPattern ? globalConfig.testPathPattern.split('|') : [];
  if (patterns.length && patterns.every((p) => WITHOUT_DATABASE.test(p))) return;
  const driver = await connect(testDatabaseConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    await applySchema(driver);
  } finally {
    await driver.close();
  }
}
