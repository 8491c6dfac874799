/**
 * Before any suite: the tests' Neo4j answers (a local one is fetched from Maven Central and
 * started on the first run, which can take minutes on a cold or busy machine), so no suite's
 * own hook spends its timeout waiting for it. A run of only the suites that need no database
 * (the extractor, the lexicon, the scorer of the evaluation) does not start one. A database
 * that cannot be reached is reported here and again by each suite that needs it.
 */
import type { Config } from '@jest/types';
import { connect } from '../../src/graph/database';
import { testConfig } from './database';

/** Suites that never open the database. */
const WITHOUT_DATABASE = /tests\/(?:extract|lexicon|eval)\b/;

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const patterns = globalConfig.testPathPattern ? globalConfig.testPathPattern.split('|') : [];
  if (patterns.length && patterns.every((p) => WITHOUT_DATABASE.test(p))) return;
  try {
    const driver = await connect(testConfig(), (line) => process.stderr.write(`${line}\n`));
    await driver.close();
  } catch (error) {
    process.stderr.write(`The tests' database is not available: ${(error as Error).message}\n`);
  }
}
