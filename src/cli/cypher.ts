/** npm run cypher -- "MATCH …" | --file cypher/x.cypher [--param name=value]… [--json] [--write] */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { CypherUsageError, parseParamArg, renderTable, runScript, Script, scriptOf } from '../cypher/console';
import { connect } from '../graph/database';
import { runCli } from './run';

const USAGE = `Usage: npm run cypher -- "MATCH …" [--param name=value]… [--json] [--write]
       npm run cypher -- --file cypher/exchange.cypher [--param from=Nordkorea]…

Runs Cypher against the configured Neo4j (NEO4J_URI) and prints a table.

  --file FILE         run the statements of a file; its ":param name => value" lines are
                      the defaults for parameters not given; parameters its
                      "// names:" line lists take any name the API takes
                      (from=Nordkorea, from=DPRK, from=north-korea)
  --param name=value  a parameter; the value is read as JSON when it parses (42, true,
                      ["a","b"], {"k":1}), else as text
  --json              print rows as JSON
  --write             allow writes (read-only by default)
`;

function readScript(query: string | undefined, file: string | undefined): Script {
  if (file !== undefined && query !== undefined) throw new CypherUsageError('Give a query or --file, not both.');
  if (file !== undefined) {
    if (!fs.existsSync(file)) throw new CypherUsageError(`--file ${file}: no such file.`);
    return scriptOf(fs.readFileSync(file, 'utf8'), file);
  }
  if (query === undefined || query.trim() === '') throw new CypherUsageError(`Give a query or --file.\n\n${USAGE}`);
  return scriptOf(query, 'the query');
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { file: { type: 'string', short: 'f' }, param: { type: 'string', short: 'p', multiple: true }, json: { type: 'boolean' }, write: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let script: Script;
  let params: Record<string, unknown>;
  try {
    script = readScript(positionals.length > 0 ? positionals.join(' ') : undefined, values.file);
    params = Object.fromEntries((values.param ?? []).map(parseParamArg));
  } catch (error) {
    process.stderr.write(`armsgraph: ${(error as Error).message}\n`);
    return 2;
  }
  const driver = await connect(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    const tables = await runScript(driver, script, params, values.write === true, (line) => process.stderr.write(`${line}\n`));
    if (values.json) {
      const rows = tables.length === 1 ? tables[0].rows : tables.map((t) => ({ statement: t.statement, rows: t.rows, updates: t.updates }));
      process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    } else {
      for (const table of tables) process.stdout.write((tables.length > 1 ? `statement ${table.statement}:\n` : '') + renderTable(table));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CypherUsageError)) throw error;
    process.stderr.write(`armsgraph: ${error.message}\n`);
    return 2;
  } finally {
    await driver.close();
  }
});
