/**
 * After `npm test` (jest globalTeardown): the tests' Neo4j is left running so the next run
 * starts at once, and this says so, with its memory and how to stop it; TEST_NEO4J_STOP=1
 * stops it instead.
 */
import fs from 'node:fs';
import { testDatabaseConfig } from '../../src/config';
import { localNeo4jStatus, stopLocalNeo4j } from '../../src/graph/local-neo4j';

function residentMegabytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** The line to print about the tests' local Neo4j, or null when none of ours runs. */
export async function testDatabaseNotice(): Promise<string | null> {
  const config = testDatabaseConfig();
  const status = await localNeo4jStatus(config);
  if (!status.processAlive || status.pid === null) return null;
  const rss = residentMegabytes(status.pid);
  return (
    `The tests' Neo4j (${config.neo4jUri}, pid ${status.pid}${rss ? `, ${rss} MB` : ''}) is still running, so the next \`npm test\` starts at once. ` +
    'Stop it with `npm run db:stop -- --test`, or run `TEST_NEO4J_STOP=1 npm test` to stop it at the end.'
  );
}

export default async function teardown(): Promise<void> {
  if (process.env.TEST_NEO4J_STOP === '1') {
    await stopLocalNeo4j(testDatabaseConfig(), (line) => process.stderr.write(`${line}\n`));
    return;
  }
  const notice = await testDatabaseNotice();
  if (notice) process.stderr.write(`\n${notice}\n`);
}
