/** npm start: explorer page built, Neo4j up, schema applied, the seed articles loaded, GraphQL and the page served. */
import path from 'node:path';
import { boltAddress, loadConfig, passwordFile, PROJECT_ROOT } from '../config';
import { applySchema, connect } from '../graph/database';
import { apiOptions, checkPortFree, serveApi } from '../api/server';
import { buildExplorer } from '../api/explorer';
import { loadSeeds } from '../seeds';
import { runCli } from './run';

runCli(async () => {
  const begin = Date.now();
  const config = loadConfig();
  // A second `npm start` stops here, before it touches the database or builds anything.
  await checkPortFree(config.port);
  // Built on every start (about a second): the page always matches the code, with no install script.
  await buildExplorer();
  const driver = await connect(config);
  let server;
  try {
    await applySchema(driver);
    const summary = await loadSeeds(driver, path.join(PROJECT_ROOT, 'seeds'));
    for (const failure of summary.failures) console.error(`  ${failure.file}: ${failure.reason}`);
    console.log(
      `Seeds: ${summary.loaded} loaded, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failures.length} failed.`,
    );
    server = await serveApi(driver, config.port, apiOptions(config));
  } catch (error) {
    // An open driver would keep the process alive after the message.
    await driver.close();
    throw error;
  }
  const { host, port } = boltAddress(config);
  console.log(`Explorer:      http://localhost:${config.port}/`);
  console.log(`GraphiQL:      http://localhost:${config.port}/graphql`);
  const password =
    config.neo4jPasswordSource === 'file' ? `password in ${path.relative(process.cwd(), passwordFile(config.neo4jHome, port)) || passwordFile(config.neo4jHome, port)}` : 'password NEO4J_PASSWORD';
  console.log(`Neo4j (Bolt):  bolt://${host}:${port}  user ${config.neo4jUser}, ${password}`);
  if (boltAddress(config).isLocal) console.log(`Neo4j Browser: http://localhost:${config.neo4jHttpPort}/browser/`);
  console.log(`Ready in ${((Date.now() - begin) / 1000).toFixed(1)}s. Ctrl-C stops the API; \`npm run db:stop\` stops Neo4j.`);

  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await driver.close();
});
