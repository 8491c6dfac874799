/**
 * npm run db:start | db:stop | db:status — the local Neo4j for machines without Docker.
 * With --test, the tests' own database (TEST_NEO4J_URI) instead of NEO4J_URI.
 */
import { boltAddress, describeDatabase, loadConfig, testDatabaseConfig } from '../config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../graph/local-neo4j';
import { runCli } from './run';

runCli(async () => {
  const config = process.argv.includes('--test') ? testDatabaseConfig() : loadConfig();
  const command = process.argv[2];
  const { host, port } = boltAddress(config);
  // The database first, on stderr, so `db:status` output stays JSON.
  process.stderr.write(`${describeDatabase(config)}\n`);
  switch (command) {
    case 'start': {
      const result = await startLocalNeo4j(config);
      console.log(
        `${result.started ? 'Started' : 'Already running:'} Neo4j on bolt://${host}:${port}` +
          ` (Browser: http://127.0.0.1:${config.neo4jHttpPort}) in ${result.seconds.toFixed(1)}s.`,
      );
      return 0;
    }
    case 'stop':
      await stopLocalNeo4j(config);
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(config);
      console.log(JSON.stringify({ uri: config.neo4jUri, ...status }, null, 2));
      return status.boltAnswers ? 0 : 3;
    }
    default:
      console.error(`Unknown command "${command ?? ''}": use start, stop or status (npm run db:start).`);
      return 2;
  }
});
